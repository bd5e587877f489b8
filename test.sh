#!/usr/bin/env bash
# Builds the solution in Release and runs every test project one after another: unit, web/bUnit on
# SQLite, the web tests a second time on PostgreSQL (a private server started here in a temporary
# folder and stopped after that run), and last the browser end-to-end tests. The full output stays visible; the last line is always
# "N passed, N failed, N skipped", counted from the TRX result files of all runs, and the exit code
# is non-zero if anything failed.
#
# VM_TEST_POSTGRES="Host=...;Port=...;Username=..." uses that server instead of starting one;
# VM_TEST_SKIP_POSTGRES=1 leaves PostgreSQL out (its tests are then reported as skipped).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

results_dir="$PWD/TestResults/test-sh"
totals_printed=0
failed=0
print_totals() {
    local passed=0 total=0 outcome
    failed=0
    shopt -s nullglob
    for trx in "$results_dir"/*.trx; do
        while read -r outcome; do
            total=$((total + 1))
            case "$outcome" in
                Passed) passed=$((passed + 1)) ;;
                Failed | Error | Timeout | Aborted) failed=$((failed + 1)) ;;
            esac
        done < <(grep -o '<UnitTestResult [^>]*>' "$trx" | grep -o 'outcome="[A-Za-z]*"' | cut -d'"' -f2 || true)
    done
    # The failed tests by name just above the totals, where a log cut to its tail still shows them.
    for trx in "$results_dir"/*.trx; do
        grep -o '<UnitTestResult [^>]*>' "$trx" | grep -E 'outcome="(Failed|Error|Timeout|Aborted)"' \
            | sed -E 's/.*testName="([^"]*)".*/failed: \1/' | sed -e 's/&quot;/"/g' -e 's/&amp;/\&/g' | head -n 20 || true
    done
    shopt -u nullglob
    # Whatever is neither passed nor failed (NotExecuted, Inconclusive, ...) was skipped.
    echo "$passed passed, $failed failed, $((total - passed - failed)) skipped"
    totals_printed=1
}
pg_folder=""
pg_ctl=""
stop_postgres() {
    [[ -n $pg_folder ]] || return 0
    as_postgres "$pg_ctl" stop -D "$pg_folder/data" -m immediate >/dev/null 2>&1 || true
    rm -rf "$pg_folder"
    pg_folder=""
}
# A failed step still ends with the totals line (from whatever results exist).
trap 'stop_postgres; [[ $totals_printed == 1 ]] || print_totals' EXIT

as_root() {
    if [[ $(id -u) -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "Installing packages needs root (or sudo): $*" >&2
        return 1
    fi
}

# PostgreSQL refuses to run as root: as root the server runs as the postgres user.
as_postgres() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Starts a throw-away PostgreSQL server (trust authentication, 127.0.0.1 only, no fsync) and exports
# VM_TEST_POSTGRES for the tests.
start_postgres() {
    local bin
    bin=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -z $bin || ! -x $bin/initdb ]]; then
        echo "== Installing postgresql"
        as_root apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
        bin=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin | sort -V | tail -n 1)
    fi
    pg_ctl="$bin/pg_ctl"
    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    fi

    pg_folder=$(mktemp -d "${TMPDIR:-/tmp}/vm-postgres.XXXXXX")
    chmod 755 "$pg_folder"
    [[ $(id -u) -ne 0 ]] || chown postgres: "$pg_folder"
    as_postgres "$bin/initdb" -D "$pg_folder/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        --no-sync >"$pg_folder/initdb.log" || { cat "$pg_folder/initdb.log" >&2; return 1; }

    local attempt port
    for attempt in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 40000))
        # Something answering on the port means it is taken.
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            continue
        fi
        if as_postgres "$pg_ctl" start -D "$pg_folder/data" -w -t 60 -l "$pg_folder/server.log" -o \
            "-c listen_addresses=127.0.0.1 -p $port -k $pg_folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
            >/dev/null; then
            export VM_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
            echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') for the tests on 127.0.0.1:$port (data in $pg_folder)"
            return 0
        fi
    done
    cat "$pg_folder/server.log" >&2
    echo "Could not start PostgreSQL for the tests." >&2
    return 1
}

# The end-to-end tests drive the system Chromium (Playwright never downloads one) and need CJK
# fonts to render the Chinese UI.
if [[ ! -x /usr/bin/chromium ]] || ! (fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null); then
    echo "== Installing chromium and fonts-noto-cjk"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# The web tests run on both providers; the PostgreSQL run needs a server.
postgres_run=1
if [[ ${VM_TEST_SKIP_POSTGRES:-} == 1 ]]; then
    echo "== PostgreSQL left out (VM_TEST_SKIP_POSTGRES=1)"
    postgres_run=0
elif [[ -n ${VM_TEST_POSTGRES:-} ]]; then
    echo "== PostgreSQL from VM_TEST_POSTGRES"
else
    start_postgres
fi

echo "== dotnet tool restore"
dotnet tool restore

echo "== dotnet build VendorManager.sln -c Release"
dotnet build VendorManager.sln -c Release

echo "== dotnet test (results in $results_dir)"
rm -rf "$results_dir"
mkdir -p "$results_dir"
status=0
# Tests that pin PostgreSQL (trait Database=Postgres) run once, in the PostgreSQL run below; without
# that run they stay in this one and report themselves skipped.
pinned_to_postgres=(--filter-not-trait "Database=Postgres")
[[ $postgres_run -eq 1 ]] || pinned_to_postgres=()
# One test project at a time, the browser tests last: on 2 cores, projects run side by side only
# compete, and a browser test starved of CPU times out where it would pass.
echo "== dotnet test tests/VendorManager.Domain.Tests"
dotnet test --project tests/VendorManager.Domain.Tests -c Release --no-build \
    --results-directory "$results_dir" --report-xunit-trx || status=$?
echo "== dotnet test tests/VendorManager.Web.Tests on SQLite"
VM_TEST_PROVIDER=Sqlite dotnet test --project tests/VendorManager.Web.Tests -c Release --no-build \
    --results-directory "$results_dir" --report-xunit-trx "${pinned_to_postgres[@]}" || status=$?

# One TRX per test project, plus the PostgreSQL run; a missing one means a run crashed or never ran.
# (tests/ also holds VendorManager.FaultHost, a process the crash tests start: not a test project.)
expected=$(grep -l 'xunit' tests/*/*.csproj | wc -l)
if [[ $postgres_run -eq 1 ]]; then
    echo "== dotnet test tests/VendorManager.Web.Tests on PostgreSQL"
    expected=$((expected + 1))
    VM_TEST_PROVIDER=Postgres dotnet test --project tests/VendorManager.Web.Tests -c Release --no-build \
        --results-directory "$results_dir" --report-xunit-trx --report-xunit-trx-filename VendorManager.Web.Tests.Postgres.trx \
        --filter-not-trait "Database=Sqlite" || status=$?
fi
stop_postgres

echo "== dotnet test tests/VendorManager.E2E (Chromium)"
dotnet test --project tests/VendorManager.E2E -c Release --no-build \
    --results-directory "$results_dir" --report-xunit-trx || status=$?

reports=$(find "$results_dir" -maxdepth 1 -name '*.trx' | wc -l)
if [[ $reports -ne $expected ]]; then
    echo "Expected $expected TRX result files (one per test project and one for the PostgreSQL run), found $reports." >&2
    [[ $status -ne 0 ]] || status=1
fi

print_totals
if [[ $failed -ne 0 && $status -eq 0 ]]; then
    status=1
fi
exit "$status"
