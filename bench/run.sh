#!/usr/bin/env bash
# Reproduces docs/PERFORMANCE.md in one command: builds in Release, generates the province into a SQLite
# file under bench/bench-data/ (git-ignored), then runs every measurement of issue 11 in order,
# then those of issues 12 and 26.
#   bench/run.sh            the province (about 2,000 units; the generation takes minutes on 2 cores)
#   bench/run.sh small      the CI profile, to try the whole chain in a few minutes
# Not run by CI: CI runs only the small profiles of the generator and of posts-month, as web tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
profile=${1:-province}
db=bench/bench-data/$profile.db

echo "== machine"
echo "cores: $(nproc)"; free -h | head -2; uptime; dotnet --version; /usr/bin/chromium --version || true

echo "== build (Release)"
dotnet build src/VendorManager.Web -c Release -v q -nologo
dotnet build bench/VendorManager.Bench.BarePage -c Release -v q -nologo
dotnet build bench/VendorManager.Bench -c Release -v q -nologo
bench=(dotnet bench/VendorManager.Bench/bin/Release/net10.0/VendorManager.Bench.dll)

echo "== generate ($profile)"; uptime
"${bench[@]}" generate --profile "$profile" --db "$db"
echo "== (1) settlement generation vs plain ADO.NET"; uptime
"${bench[@]}" settle --db "$db"
echo "== (2) list pages and (3) the Supervisor's home page"; uptime
"${bench[@]}" lists --db "$db"
echo "== where the pages' time goes (SQL commands and SQLite query plans)"; uptime
"${bench[@]}" plans --db "$db"
echo "== (4) score and settlement arithmetic (BenchmarkDotNet)"; uptime
"${bench[@]}" arithmetic
echo "== (5) memory per circuit"; uptime
"${bench[@]}" circuits --db "$db"
echo "== (6) start-up of the app as deployed (published ReadyToRun, docs/DEPLOYMENT.md)"; uptime
dotnet publish src/VendorManager.Web -c Release -r "$(dotnet --info | awk '/ RID:/{print $2; exit}')" --self-contained false -p:PublishReadyToRun=true \
    -o bench/bench-data/publish -v q -nologo
"${bench[@]}" startup --db "$db" --app bench/bench-data/publish --runs 5
echo "== import (issue 12): 10,000 lines of each kind, previewed and confirmed, one process per kind"; uptime
"${bench[@]}" import --kind all --lines 10000
echo "== machine check (issue 26): TextCheck vs SearchValues<string>, 20,000 terms, BenchmarkDotNet, one core"; uptime
"${bench[@]}" textcheck
echo "== province month of published posts (issue 26): generated, then re-checked through the app's storage on 2 cores"; uptime
if [ "$profile" = small ]; then posts_month=(--posts 2000 --terms 2000); else posts_month=(); fi
"${bench[@]}" posts-month "${posts_month[@]}" --db bench/bench-data/posts-month.db
rm -f bench/bench-data/posts-month.db   # about 5 GB at full size
uptime
