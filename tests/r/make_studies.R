# Writes the small studies in tests/r/studies/ (committed; run again only to change them):
#   Rscript tests/r/make_studies.R
# Each study has a few themes; sorters pile statements mostly by theme, raters score
# by theme with noise. Built to exercise what tests/r/check_analysis.R recomputes:
# empty rating cells, a sort that is left out (everything in one pile), a statement
# one sorter left out, groups of different size, two and three ratings.
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))

make_study <- function(name, n, themes, groups, ratings, sorters, raters, k, seed) {
  set.seed(seed)
  dir <- file.path(here, "studies", name)
  dir.create(dir, recursive = TRUE, showWarnings = FALSE)
  theme <- rep_len(seq_len(themes), n)
  words <- c("werk", "steun", "geld", "thuis", "coach", "collega", "school", "zorg")
  statements <- data.frame(id = seq_len(n),
                           text = sprintf("Uitspraak %d over %s", seq_len(n), words[theme]))
  write.csv(statements, file.path(dir, "statements.csv"), row.names = FALSE, quote = FALSE)

  people <- sprintf("p%02d", seq_len(max(sorters, raters)))
  group_of <- groups[(seq_along(people) %% length(groups)) + 1]
  write.csv(data.frame(participant = people, group = group_of), file.path(dir, "participants.csv"),
            row.names = FALSE, quote = FALSE)

  sorts <- NULL
  for (s in seq_len(sorters)) {
    if (s == sorters) {
      pile <- rep(1, n)  # everything in one pile: carries no information, sterk leaves it out
    } else {
      pile <- theme
      swap <- runif(n) < 0.4
      pile[swap] <- sample(seq_len(themes + 1), sum(swap), replace = TRUE)
    }
    keep <- if (s == 1) seq_len(n)[-n] else seq_len(n)  # sorter 1 left the last statement out
    sorts <- rbind(sorts, data.frame(participant = people[s], pile = pile[keep], statement = keep))
  }
  write.csv(sorts, file.path(dir, "sorts.csv"), row.names = FALSE, quote = FALSE)

  level <- matrix(runif(themes * length(ratings), 1.5, 4.5), themes)
  rows <- NULL
  for (p in seq_len(raters)) {
    cells <- sapply(seq_along(ratings), function(r) {
      v <- round(level[theme, r] + rnorm(n, 0, 0.9))
      v <- pmin(5, pmax(1, v))
      v[runif(n) < 0.08] <- NA  # an empty cell: not rated
      v
    })
    rows <- rbind(rows, data.frame(participant = people[p], statement = seq_len(n), cells))
  }
  names(rows) <- c("participant", "statement", ratings)
  write.csv(rows, file.path(dir, "ratings.csv"), row.names = FALSE, quote = FALSE, na = "")

  yaml <- c(sprintf("title: Teststudie %s", name),
            "focus: Wat helpt bij werk?",
            "groups:", sprintf("  - {id: %s, label: Groep %s}", groups, groups),
            "ratings:", sprintf("  - {id: %s, label: %s, min: 1, max: 5}", ratings, ratings),
            "clusters:", sprintf("  count: %d", k))
  writeLines(yaml, file.path(dir, "study.yaml"))
}

make_study("twaalf", n = 12, themes = 3, groups = c("jongere", "jobcoach"),
           ratings = c("belang", "haalbaar"), sorters = 9, raters = 10, k = 3, seed = 12)
make_study("zestien", n = 16, themes = 4, groups = c("jongere", "werkgever", "jobcoach"),
           ratings = c("belang", "haalbaar"), sorters = 12, raters = 15, k = 4, seed = 16)
make_study("twintig", n = 20, themes = 5, groups = c("jongere", "werkgever", "jobcoach", "steunsysteem"),
           ratings = c("belang", "haalbaar", "nodig"), sorters = 14, raters = 16, k = 5, seed = 20)
