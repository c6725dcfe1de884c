# Thin wrapper around CMake. The two everyday commands are `make decks` and `make test`.
BUILD ?= build
JOBS  ?= $(shell nproc 2>/dev/null || echo 2)
PKGS  := cairo pangocairo pangoft2 fontconfig librsvg-2.0 libqpdf yaml-cpp eigen3 hunspell libzip
STERK := $(BUILD)/sterk

.PHONY: all deps configure sterk decks test bench clean asan fuzz

all: sterk

# Install the Debian packages when pkg-config cannot find one of the libraries.
$(BUILD)/.deps-ok:
	@pkg-config --exists $(PKGS) && test -f /usr/include/hyphen.h && test -d /usr/include/catch2 \
	  && test -f /usr/include/CLI/CLI.hpp && test -f /usr/include/nlohmann/json.hpp \
	  || bash scripts/deps.sh
	@mkdir -p $(BUILD) && touch $@

deps:
	bash scripts/deps.sh

$(BUILD)/CMakeCache.txt: $(BUILD)/.deps-ok
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

configure: $(BUILD)/CMakeCache.txt

sterk: configure
	cmake --build $(BUILD) -j $(JOBS)

decks: sterk
	$(STERK) build

test: sterk
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: sterk
	bash bench/run.sh $(BUILD)

asan: $(BUILD)/.deps-ok
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DSTERK_SANITIZE=ON
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ctest --output-on-failure -j $(JOBS)

fuzz: $(BUILD)/.deps-ok
	bash tests/fuzz/run.sh

clean:
	rm -rf $(BUILD) build-asan build-fuzz out
