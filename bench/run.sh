#!/usr/bin/env bash
# Drives the portal over HTTP in Release with a database of 10 and of 1,000 closed circulars of history, and prints
# every figure beside its target as a ratio measured in this one run. Optional: the size of the large history (default
# 1000) and the number of throughput rounds (default 5), e.g. `bench/run.sh 200 3` for a quick look.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Consultations.Bench -- "$@"
