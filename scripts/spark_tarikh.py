#!/usr/bin/env python3
"""Run tarikh's map as a Spark job, then its reduce on the driver (see docs/spark.md).

The tarikh binary is shipped to the executors (SparkContext.addFile); the article paths are
spread over partitions and piped through RDD.pipe to `tarikh map --stdin-paths`, which prints
one JSON line per article; the lines are collected on the driver and `tarikh reduce` builds
the timeline from them. The result is the bytes `tarikh extract` gives on the same corpus.

The article files (and --gazetteers / --lexicons folders) must be readable at the same paths
from every executor: a shared file system, or a single machine in local mode.

    python3 scripts/spark_tarikh.py --tarikh target/release/tarikh --corpus corpus \
        --master 'local[2]' -o output/timeline.csv
    spark-submit scripts/spark_tarikh.py --tarikh /shared/tarikh --corpus /shared/news \
        --partitions 200 -o timeline.csv -- --format json

Arguments after `--` go to `tarikh reduce` (output format, date window, --undated...).
Exit code: that of `tarikh reduce`, or 2 when some articles could not be mapped.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile


def article_paths(corpus):
    """Every .txt file under corpus, sorted (what `tarikh extract` reads)."""
    paths = []
    for root, dirs, files in os.walk(corpus, followlinks=True):
        dirs.sort()
        for name in files:
            if name.lower().endswith(".txt"):
                paths.append(os.path.abspath(os.path.join(root, name)))
    return sorted(paths)


def data_args(args):
    """The data flags map and reduce must share (the lines carry ids, not names)."""
    out = []
    for flag, value in (("--gazetteers", args.gazetteers), ("--lexicons", args.lexicons), ("--lang", args.lang)):
        if value:
            out += [flag, os.path.abspath(value) if flag != "--lang" else value]
    return out


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    reduce_extra = []
    if "--" in argv:
        at = argv.index("--")
        argv, reduce_extra = argv[:at], argv[at + 1:]
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--tarikh", required=True, help="the tarikh binary (built for the executors' platform)")
    p.add_argument("--corpus", required=True, help="folder of articles, readable from every executor")
    p.add_argument("-o", "--output", default="output/timeline.csv", help="timeline file (`-` for standard output)")
    p.add_argument("--master", default=None, help="Spark master (default: spark-submit's, else local[2])")
    p.add_argument("--partitions", type=int, default=None, help="map tasks (default: 2 per core)")
    p.add_argument("--jsonl", default=None, help="also keep the collected map lines in this file")
    p.add_argument("--gazetteers", default=None)
    p.add_argument("--lexicons", default=None)
    p.add_argument("--lang", default=None)
    args = p.parse_args(argv)

    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("tarikh-map")
    # spark-submit says where to run; run by hand, the default is two local cores.
    if args.master or not SparkConf().contains("spark.master"):
        builder = builder.master(args.master or "local[2]")
    spark = builder.getOrCreate()
    sc = spark.sparkContext
    try:
        tarikh = os.path.abspath(args.tarikh)
        corpus = os.path.abspath(args.corpus)
        sc.addFile(tarikh)
        paths = article_paths(corpus)
        if not paths:
            print(f"spark_tarikh: no articles (.txt files) in {corpus}", file=sys.stderr)
            return 2
        partitions = args.partitions or max(1, min(len(paths), 2 * sc.defaultParallelism))
        # The executors run the shipped copy. On a cluster an executor's Python workers start in
        # the folder where Spark puts the files added with addFile, so it is `./tarikh`; in
        # local mode the executor is the driver, whose copy is in the driver's SparkFiles
        # folder. Spark may not keep the executable bit of the copy.
        from pyspark import SparkFiles

        name = os.path.basename(tarikh)
        run_shipped = 'b="$0"; r="$1"; shift; e="./$b"; [ -f "$e" ] || e="$r/$b"; chmod +x "$e" 2>/dev/null; exec "$e" "$@"'
        command = ["sh", "-c", run_shipped, name, SparkFiles.getRootDirectory(), "map", "--stdin-paths", "--corpus", corpus]
        command += data_args(args)
        # One map process per task, on the cores Spark gives a task (tarikh would take them all).
        env = {"RAYON_NUM_THREADS": sc.getConf().get("spark.task.cpus", "1")}
        lines = sc.parallelize(paths, partitions).pipe(shlex.join(command), env=env, checkCode=False).collect()
    finally:
        spark.stop()

    mapped = {json.loads(line)["file"] for line in lines}
    expected = {os.path.relpath(path, corpus).replace(os.sep, "/") for path in paths}
    missing = sorted(expected - mapped)
    for name in missing:
        print(f"spark_tarikh: {name}: not mapped (the executor's log says why)", file=sys.stderr)

    def reduce(jsonl):
        with open(jsonl, "w", encoding="utf-8") as f:
            f.writelines(line + "\n" for line in lines)
        command = [tarikh, "reduce", jsonl, "-o", args.output] + data_args(args) + reduce_extra
        return subprocess.run(command).returncode

    if args.jsonl:
        code = reduce(args.jsonl)
    else:
        with tempfile.TemporaryDirectory(prefix="tarikh-spark-") as tmp:
            code = reduce(os.path.join(tmp, "map.jsonl"))
    return code if code != 0 or not missing else 2


if __name__ == "__main__":
    sys.exit(main())
