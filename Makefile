# gen: the two commands a newcomer needs are `make serve` and `make test`.
GO      ?= go
BIN     := bin/gen
PORT    ?= 4000
STATICCHECK_VERSION := v0.8.2

.PHONY: all serve test build install check bench fuzz clean

all: build

$(BIN): FORCE
	$(GO) build -o $(BIN) ./cmd/gen

FORCE:

## serve: build the sample site and preview it on http://127.0.0.1:$(PORT) with live reload
serve: $(BIN)
	./$(BIN) serve --port $(PORT)

## test: vet, format check and every test (unit, golden, CLI, browser)
# The site package's scaling check builds 1 MB and 4 MB pages several
# times: a few minutes on a quiet 2-core machine, more than go test's
# default 10-minute limit on a busy one.
test: check
	$(GO) test -timeout 30m ./...

## check: gofmt, go vet and staticcheck
check:
	@fmt_out="$$(gofmt -l cmd internal)"; if [ -n "$$fmt_out" ]; then echo "gofmt needed:"; echo "$$fmt_out"; exit 1; fi
	$(GO) vet ./...
	GOFLAGS= $(GO) run honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION) ./...

## build: build the sample site into public/
build: $(BIN)
	./$(BIN) build

## install: install gen into $(go env GOPATH)/bin
install:
	$(GO) install ./cmd/gen

## bench: build, lint and rebuild benchmarks on the 10,000-file corpus, against Hugo and Vale when installed
bench: $(BIN)
	bash bench/run.sh

## fuzz: run every fuzz target for $(FUZZTIME) each (not part of test or CI); new failing inputs land in testdata/fuzz/
FUZZTIME ?= 60s
# Minimizing each new interesting input would otherwise take most of the
# time of the slow targets (a whole email per execution).
FUZZMINTIME ?= 5s
FUZZ_TARGETS := \
	./internal/content:FuzzParse \
	./internal/content/frontmatter:FuzzYAMLFast \
	./internal/content/frontmatter:FuzzValueSpan \
	./internal/content:FuzzSlugify \
	./internal/lint:FuzzExtract \
	./internal/urlsafe:FuzzDangerous \
	./internal/email:FuzzLink \
	./internal/email:FuzzEML \
	./internal/email:FuzzRenderBody \
	./internal/email:FuzzRenderFrontMatter \
	./internal/email/lex:FuzzLexer \
	./internal/email/check:FuzzReaders \
	./internal/email/inline:FuzzInlineStreamReaders

fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "== $$name ($$pkg, $(FUZZTIME))"; \
		$(GO) test -run='^$$' -fuzz="^$$name\$$" -fuzztime=$(FUZZTIME) -fuzzminimizetime=$(FUZZMINTIME) $$pkg; \
	done

clean:
	rm -rf bin public .gen-cache
