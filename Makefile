# Njia — the two commands that matter are `make dev` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Node 24 for everything below: the machine's own when new enough, otherwise a
# project-local copy installed from the npm registry into .tools/.
NODE_BIN := $(shell scripts/node-env.sh)
ifeq ($(NODE_BIN),)
$(error could not find or install Node.js 24; see the message above)
endif
export PATH := $(NODE_BIN):$(PATH)

STAMP := node_modules/.njia-installed

.PHONY: help install dev test test-backend test-web test-e2e lint fmt migrate seed db-backup bench build

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): package.json package-lock.json backend/package.json web/package.json
	npm ci --no-audit --no-fund
	@touch $@

install: $(STAMP) ## install npm packages (with Node 24)

.env:
	scripts/make-env.sh

dev: install .env ## run API + web + embedded PostGIS with demo data at one URL
	scripts/dev.sh

test: install ## run every test (both databases when DATABASE_URL / REDIS_URL are set)
	scripts/test.sh

build: install ## build the web app and the API for production
	npm run build -w web
	cd backend && node ace build

lint: install ## lint and type-check
	npm run lint -w backend
	npm run typecheck -w backend
	npm run lint -w web

fmt: install ## format the code
	npx prettier --write backend web/src

migrate: install .env ## run database migrations
	cd backend && ENV_PATH=../ node ace migration:run --force

seed: install .env ## load demo data
	cd backend && ENV_PATH=../ node ace db:seed

db-backup: install .env ## write a database backup into backups/
	cd backend && ENV_PATH=../ node ace db:backup

bench: install ## run the benchmarks in bench/
	scripts/bench.sh
