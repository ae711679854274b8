#!/usr/bin/env python3
"""Save -> served page latency of `sunlight serve` without a browser (docs/performance.md).

    scripts/serve-latency.py BINARY SITE [PAGE]

Starts BINARY serve on SITE (a copy of a site from examples/synth.rs: the page is edited and restored), appends a
line to PAGE (default content/elderly/p000001.md) 20 times, and polls the served page until its HTML shows the
line. Prints the median, min and max, the CPU time the server spent (user + system, all its threads, from /proc,
in 10 ms ticks: on a shared machine a steadier figure than the wall time) on the first save, which makes the live
search index, and per save over the other 19, and the rebuild lines serve printed. With PERF=FILE set, the saves
(not the first build) are profiled into FILE by `perf record -e cpu-clock --call-graph dwarf`.
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

binary, site = sys.argv[1], sys.argv[2]
rel = sys.argv[3] if len(sys.argv) > 3 else "content/elderly/p000001.md"
log = tempfile.TemporaryFile(mode="w+")
serve = subprocess.Popen([binary, "serve", "--port", "0"], cwd=site, stdout=subprocess.PIPE, stderr=log, text=True)
line = serve.stdout.readline()
url = re.search(r"http://127\.0\.0\.1:\d+/\S*", line).group(0)
page = os.path.join(site, rel)
address = url + rel.removeprefix("content/").removesuffix(".md") + "/"
original = open(page, encoding="utf-8").read()


def served():
    with urllib.request.urlopen(address) as r:
        return r.read().decode()


def cpu_seconds():
    fields = open(f"/proc/{serve.pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


profiler = None
if os.environ.get("PERF"):
    profiler = subprocess.Popen(["perf", "record", "-q", "-e", "cpu-clock", "-F", "4000", "--call-graph", "dwarf,32768",
                                 "-p", str(serve.pid), "-o", os.environ["PERF"]], stderr=subprocess.DEVNULL)
    time.sleep(1)
times = []
cpus = [cpu_seconds()]
try:
    for i in range(20):
        mark = f"第{i}次编辑。"
        started = time.perf_counter()
        with open(page, "w", encoding="utf-8") as f:
            f.write(f"{original}\n\n{mark}\n")
        while mark not in served():
            if time.perf_counter() - started > 120:
                sys.exit("the edit was not served within 120 s")
            time.sleep(0.001)
        times.append((time.perf_counter() - started) * 1000)
        time.sleep(0.1)
        cpus.append(cpu_seconds())
finally:
    if profiler:
        profiler.send_signal(2)
        profiler.wait()
    with open(page, "w", encoding="utf-8") as f:
        f.write(original)
    time.sleep(1)
    serve.send_signal(2)
    serve.wait()
print(f"save→served page: median {statistics.median(times):.1f} ms, min {min(times):.1f}, max {max(times):.1f}")
first = (cpus[1] - cpus[0]) * 1000
rest = (cpus[-1] - cpus[1]) * 1000 / (len(cpus) - 2)
print(f"server CPU: first save {first:.0f} ms, then {rest:.1f} ms per save (mean of {len(cpus) - 2})")
log.seek(0)
print(log.read())
