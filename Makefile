# Thin wrapper around CMake. The two everyday commands are `make decks` and `make test`.
BUILD ?= build
JOBS  ?= $(shell nproc 2>/dev/null || echo 2)
STERK := $(BUILD)/sterk

.PHONY: all deps configure sterk decks test bench clean asan fuzz rebase mutate

all: sterk

# Install the Debian packages that are missing (libraries, dictionaries, tools) once per
# build folder; scripts/deps.sh asks dpkg and installs only what is not there.
$(BUILD)/.deps-ok: scripts/deps.sh
	@bash scripts/deps.sh
	@mkdir -p $(BUILD) && touch $@

deps:
	bash scripts/deps.sh

# The tools only the tests need (R, Chromium, Ghostscript, jq): once per build folder.
$(BUILD)/.test-deps-ok: scripts/deps.sh
	@STERK_TEST_DEPS=1 bash scripts/deps.sh
	@mkdir -p $(BUILD) && touch $@

$(BUILD)/CMakeCache.txt: $(BUILD)/.deps-ok
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

configure: $(BUILD)/CMakeCache.txt

sterk: configure
	cmake --build $(BUILD) -j $(JOBS)

decks: sterk
	$(STERK) build

# ctest's summary line ("100% tests passed, …") is the last thing printed.
test: sterk $(BUILD)/.test-deps-ok
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Accept the current look of every reference image (tests/reference/*.png); look at
# the images before committing them (docs/testing.md).
rebase: sterk $(BUILD)/.test-deps-ok
	STERK_REBASE=1 bash tests/reference/run.sh --rebase $(BUILD)
	cd $(BUILD) && STERK_REBASE=1 ./sterk_tests "[reference]"

# Does the suite notice small bugs? Applies each mutant of tests/mutants.txt to a
# scratch copy (build-mutate/), rebuilds, runs the tests; prints killed/survived.
mutate: $(BUILD)/.test-deps-ok
	python3 tests/mutate.py $(if $(ONLY),--only $(ONLY))

bench: sterk
	bash bench/run.sh $(BUILD)

# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (docs/robustness.md).
# Leak reports from fontconfig/GLib's lifetime caches are suppressed in tests/fuzz/lsan.supp.
SAN_ENV := ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:check_initialization_order=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/fuzz/lsan.supp:print_suppressions=0
asan: $(BUILD)/.deps-ok
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DSTERK_SANITIZE=ON
	cmake --build build-asan -j $(JOBS)
	cd build-asan && $(SAN_ENV) ctest --output-on-failure -j $(JOBS) --timeout 600

fuzz: $(BUILD)/.deps-ok
	bash tests/fuzz/run.sh

clean:
	rm -rf $(BUILD) build-asan build-fuzz out
