#!/usr/bin/env bash
# Builds the solution in Release and runs every test project (unit, web/bUnit and browser
# end-to-end). The full output stays visible; the last line is always "N passed, N failed, N skipped",
# counted from the TRX result files, and the exit code is non-zero if anything failed.
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
    shopt -u nullglob
    # Whatever is neither passed nor failed (NotExecuted, Inconclusive, ...) was skipped.
    echo "$passed passed, $failed failed, $((total - passed - failed)) skipped"
    totals_printed=1
}
# A failed step still ends with the totals line (from whatever results exist).
trap '[[ $totals_printed == 1 ]] || print_totals' EXIT

# The end-to-end tests drive the system Chromium (Playwright never downloads one) and need CJK
# fonts to render the Chinese UI.
if [[ ! -x /usr/bin/chromium ]] || ! (fc-list 2>/dev/null | grep -qi "Noto Sans CJK"); then
    echo "== Installing chromium and fonts-noto-cjk"
    if [[ $(id -u) -eq 0 ]]; then
        sudo=()
    elif command -v sudo >/dev/null; then
        sudo=(sudo)
    else
        echo "chromium or the Noto CJK fonts are missing, and installing them needs root (or sudo)." >&2
        exit 1
    fi
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-cjk
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

echo "== dotnet tool restore"
dotnet tool restore

echo "== dotnet build VendorManager.sln -c Release"
dotnet build VendorManager.sln -c Release

echo "== dotnet test (results in $results_dir)"
rm -rf "$results_dir"
mkdir -p "$results_dir"
status=0
dotnet test --solution VendorManager.sln -c Release --no-build \
    --results-directory "$results_dir" --report-xunit-trx || status=$?

# One TRX per test project; a missing one means a project crashed or never ran.
projects=$(find tests -mindepth 2 -maxdepth 2 -name '*.csproj' | wc -l)
reports=$(find "$results_dir" -maxdepth 1 -name '*.trx' | wc -l)
if [[ $reports -ne $projects ]]; then
    echo "Expected $projects TRX result files (one per test project), found $reports." >&2
    [[ $status -ne 0 ]] || status=1
fi

print_totals
if [[ $failed -ne 0 && $status -eq 0 ]]; then
    status=1
fi
exit "$status"
