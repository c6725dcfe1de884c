#pragma once
// Which language sterk speaks in this run (docs/messages.md): --lang, then STERK_LANG,
// then the project's sterk.yaml (project.language, default nl), then LANG and friends.

namespace sterk {

/// Sets the language for the command in argv (argv[0] = "sterk") and removes a
/// `--lang X` / `--lang=X` from argv, so the commands never see it. Returns -1 to go on,
/// or the exit code (2) after a wrong --lang or STERK_LANG value.
int choose_language(int* argc, char** argv);

}  // namespace sterk
