#!/usr/bin/env bash
# Runs the benchmarks in Release and prints ratios measured in this one run.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/Consultations.Bench
