# wrk, the HTTP load generator of the serve benchmark (benchmarks/serve.py): its smoke test
# runs it for a second. Sourced by .ci/run (which defines apt_install); safe to re-run.
apt_install wrk
