# Recomputes, in R and from the raw study files, what sterk's analysis.yaml states about
# a study, and prints every value that differs. Independent of sterk's code: only the
# map coordinates (x, y) are taken from sterk, because the MDS start is sterk's choice.
#   Rscript tests/r/check_analysis.R STUDY_DIR   (STUDY_DIR/analysis.yaml written by sterk analyze)
# Exit 0: everything agrees; 1: differences (listed); 2: could not read the files.
# Formulas: docs/analysis.md (bridging, ratings, go-zone, pattern match, Ward).
suppressMessages(library(stats))
dir <- commandArgs(trailingOnly = TRUE)[1]
if (is.na(dir)) { cat("usage: check_analysis.R STUDY_DIR\n"); quit(status = 2) }
tol <- 1.5e-4      # sterk writes 4 decimals (bridging, means, r)
tol_height <- 2e-6 # merge heights have 6 decimals

# ---- analysis.yaml, read line by line ---------------------------------------------------
# Only the parts checked here. Keys may be quoted ("y": …) and keys may come in any order
# within an entry, so every line is read as `key: value` after dropping quotes around keys.
lines <- readLines(file.path(dir, "analysis.yaml"), encoding = "UTF-8")
lines <- gsub("\"([A-Za-z_][A-Za-z0-9_-]*)\"[[:space:]]*:", "\\1:", lines)
lines <- gsub("'([A-Za-z_][A-Za-z0-9_-]*)'[[:space:]]*:", "\\1:", lines)
unquote <- function(v) gsub("^[\"']|[\"']$", "", trimws(v))
flow_map <- function(v) {  # "{a: 1, b: true}" -> named character vector
  v <- sub("^\\{", "", sub("\\}$", "", trimws(v)))
  parts <- strsplit(v, ",[[:space:]]*")[[1]]
  keys <- unquote(sub(":.*$", "", parts))
  vals <- unquote(sub("^[^:]*:[[:space:]]*", "", parts))
  setNames(vals, keys)
}
flow_list <- function(v) unquote(strsplit(sub("^\\[", "", sub("\\]$", "", trimws(v))), ",[[:space:]]*")[[1]])

section <- ""
entries <- list(statements = list(), clusters = list(), pattern_match = list(), merge_tree = list())
current <- NULL; in_ratings <- FALSE
flush <- function() {
  if (!is.null(current) && section %in% c("statements", "clusters"))
    entries[[section]][[length(entries[[section]]) + 1]] <<- current
  current <<- NULL
}
for (line in lines) {
  if (grepl("^[[:space:]]*#", line) || !nzchar(trimws(line))) next
  if (grepl("^[A-Za-z_]", line)) {
    flush()
    section <- sub(":.*$", "", line)
    if (section == "groups") groups <- flow_list(sub("^groups:", "", line))
    if (section == "ratings") ratings <- flow_list(sub("^ratings:", "", line))
    if (section == "go_zone_ratings") gz_ratings <- flow_list(sub("^go_zone_ratings:", "", line))
    next
  }
  body <- trimws(line)
  if (section %in% c("pattern_match", "merge_tree")) {
    item <- sub("^-[[:space:]]*", "", body)
    entries[[section]][[length(entries[[section]]) + 1]] <-
      if (section == "merge_tree") as.numeric(flow_list(item)) else flow_map(item)
    next
  }
  if (!(section %in% c("statements", "clusters"))) next
  if (startsWith(body, "- ")) { flush(); current <- list(ratings = list()); body <- sub("^-[[:space:]]*", "", body); in_ratings <- FALSE }
  key <- sub(":.*$", "", body); value <- sub("^[^:]*:[[:space:]]*", "", body)
  if (key == "ratings") { in_ratings <- TRUE; next }
  if (in_ratings && startsWith(value, "{") && !(key %in% c("go_zone", "go_zone_in_cluster"))) {
    current$ratings[[key]] <- flow_map(value); next
  }
  in_ratings <- FALSE
  current[[key]] <- if (startsWith(value, "{")) flow_map(value) else if (startsWith(value, "[")) flow_list(value) else unquote(value)
}
flush()
st <- entries$statements
cl <- entries$clusters
if (length(st) == 0 || length(cl) == 0) { cat("could not read statements/clusters from analysis.yaml\n"); quit(status = 2) }

# ---- the study files --------------------------------------------------------------------
statements <- read.csv(file.path(dir, "statements.csv"), colClasses = "character")
participants <- read.csv(file.path(dir, "participants.csv"), colClasses = "character")
sorts <- read.csv(file.path(dir, "sorts.csv"), colClasses = "character")
rated <- read.csv(file.path(dir, "ratings.csv"), colClasses = "character")
ids <- as.integer(statements$id)
n <- length(ids)
keys <- c("overall", groups)
problems <- character()
differ <- function(what, want, got, eps = tol) {
  if (is.na(want) && is.na(got)) return(invisible())
  if (is.na(want) || is.na(got) || abs(want - got) > eps)
    problems <<- c(problems, sprintf("%s: R %s, sterk %s", what, format(want, digits = 8), format(got, digits = 8)))
}
num <- function(v) if (is.null(v) || v %in% c("null", "~", "")) NA_real_ else as.numeric(v)

# Statement order in analysis.yaml is statements.csv order.
stopifnot(length(st) == n)
X <- cbind(sapply(st, function(s) as.numeric(s$x)), sapply(st, function(s) as.numeric(s$y)))
cluster_of <- sapply(st, function(s) s$cluster)

# Similarity T from the sorts that carry information (not one pile, not all singletons).
# A statement a sorter left out is a pile of its own.
T <- matrix(0, n, n)
for (p in unique(sorts$participant)) {
  rows <- sorts[sorts$participant == p, ]
  pile <- setNames(paste0("own-", ids), ids)
  pile[rows$statement] <- paste0("pile-", rows$pile)
  if (length(unique(pile)) == 1 || length(unique(pile)) == n) next
  T <- T + outer(pile, pile, "==") * 1
}
diag(T) <- 0

# ---- bridging ---------------------------------------------------------------------------
D <- as.matrix(dist(X))
raw <- ifelse(rowSums(T) > 0, rowSums(T * D) / rowSums(T), NA)
bridging <- if (max(raw, na.rm = TRUE) > min(raw, na.rm = TRUE))
  (raw - min(raw, na.rm = TRUE)) / (max(raw, na.rm = TRUE) - min(raw, na.rm = TRUE)) else raw * 0
bridging[is.na(raw)] <- 1
for (i in seq_len(n)) differ(sprintf("bridging of statement %d", ids[i]), bridging[i], as.numeric(st[[i]]$bridging))

# ---- Ward: hclust ward.D2 on the written map, cut at K -----------------------------------
h <- hclust(dist(X), "ward.D2")
mt <- do.call(rbind, entries$merge_tree)
if (nrow(mt) != n - 1) problems <- c(problems, sprintf("merge_tree has %d steps, R %d", nrow(mt), n - 1)) else {
  for (s in seq_len(n - 1)) {
    if (any(mt[s, 1:2] != h$merge[s, ]))
      problems <- c(problems, sprintf("Ward step %d: R merges %d and %d, sterk %d and %d", s,
                                      h$merge[s, 1], h$merge[s, 2], mt[s, 1], mt[s, 2]))
    differ(sprintf("Ward height of step %d", s), h$height[s], mt[s, 3], tol_height)
  }
}
k <- length(cl)
cut <- cutree(h, k)
cluster_ids <- sapply(cl, function(c) c$id)
for (c in seq_along(cl)) {
  members <- sort(as.integer(cl[[c]]$statements))
  r_members <- sort(ids[cut == cut[match(members[1], ids)]])
  if (!identical(members, r_members))
    problems <- c(problems, sprintf("cluster %s: sterk {%s}, R's cutree {%s}", cl[[c]]$id,
                                    paste(members, collapse = " "), paste(r_members, collapse = " ")))
  differ(sprintf("bridging of cluster %s", cl[[c]]$id), mean(bridging[match(members, ids)]), as.numeric(cl[[c]]$bridging))
}

# ---- ratings: statement means per group, cluster means, go-zones -------------------------
group_of <- setNames(participants$group, participants$participant)
rated$group <- group_of[rated$participant]
smean <- array(NA_real_, c(length(ratings), length(keys), n), dimnames = list(ratings, keys, ids))
for (r in ratings) {
  v <- suppressWarnings(as.numeric(rated[[r]]))
  for (g in keys) {
    use <- !is.na(v) & (g == "overall" | rated$group == g)
    m <- tapply(v[use], factor(rated$statement[use], levels = ids), mean)
    smean[r, g, ] <- as.numeric(m)
  }
}
cmean <- array(NA_real_, c(length(ratings), length(keys), k), dimnames = list(ratings, keys, cluster_ids))
for (c in seq_len(k)) {
  members <- match(as.integer(cl[[c]]$statements), ids)
  for (r in ratings) for (g in keys) {
    cmean[r, g, c] <- mean(smean[r, g, members], na.rm = TRUE)
    differ(sprintf("cluster %s mean %s/%s", cluster_ids[c], r, g), cmean[r, g, c], num(cl[[c]]$ratings[[r]][g]))
  }
}
for (i in seq_len(n)) for (r in ratings) for (g in keys)
  differ(sprintf("statement %d mean %s/%s", ids[i], r, g), smean[r, g, i], num(st[[i]]$ratings[[r]][g]))

grand <- apply(smean, c(1, 2), mean, na.rm = TRUE)
for (i in seq_len(n)) {
  ci <- match(cluster_of[i], cluster_ids)
  for (g in keys) {
    v <- smean[gz_ratings, g, i]
    in_zone <- all(!is.na(v) & v > grand[gz_ratings, g] + 1e-12)
    in_cluster <- all(!is.na(v) & v > cmean[gz_ratings, g, ci] + 1e-12)
    for (z in list(list("go_zone", in_zone), list("go_zone_in_cluster", in_cluster))) {
      got <- st[[i]][[z[[1]]]][g]
      if (is.null(got) || is.na(got) || got != tolower(as.character(z[[2]])))
        problems <- c(problems, sprintf("statement %d %s/%s: R %s, sterk %s", ids[i], z[[1]], g,
                                        tolower(as.character(z[[2]])), got))
    }
  }
}

# ---- pattern match: Pearson r of cluster means ------------------------------------------
pearson <- function(a, b) {
  ok <- !is.na(a) & !is.na(b)
  if (sum(ok) < 2 || sd(a[ok]) == 0 || sd(b[ok]) == 0) return(NA_real_)
  cor(a[ok], b[ok])
}
pm <- entries$pattern_match
find_pm <- function(kind, value, a, b) {
  for (e in pm) if (!is.na(e[kind]) && e[kind] == value && e["a"] == a && e["b"] == b) return(num(e["r"]))
  problems <<- c(problems, sprintf("pattern_match {%s: %s, a: %s, b: %s} is missing", kind, value, a, b))
  NA_real_
}
expected <- 0
for (r in ratings) for (a in seq_along(groups)) for (b in seq_along(groups)) if (a < b) {
  expected <- expected + 1
  differ(sprintf("pattern match %s %s-%s", r, groups[a], groups[b]),
         pearson(cmean[r, groups[a], ], cmean[r, groups[b], ]), find_pm("rating", r, groups[a], groups[b]))
}
for (g in keys) for (a in seq_along(ratings)) for (b in seq_along(ratings)) if (a < b) {
  expected <- expected + 1
  differ(sprintf("pattern match %s %s-%s", g, ratings[a], ratings[b]),
         pearson(cmean[ratings[a], g, ], cmean[ratings[b], g, ]), find_pm("group", g, ratings[a], ratings[b]))
}
if (length(pm) != expected) problems <- c(problems, sprintf("pattern_match has %d entries, R expects %d", length(pm), expected))

checked <- sprintf("%d statements, %d clusters, %d merges, %d pattern matches", n, k, n - 1, expected)
if (length(problems)) {
  cat(sprintf("%s: %d values differ from R (%s):\n", dir, length(problems), checked))
  cat(paste0("  ", head(problems, 40), "\n"), sep = "")
  quit(status = 1)
}
cat(sprintf("%s: bridging, Ward merges, cluster means, go-zones and pattern matches agree with R (%s)\n", dir, checked))
