#!/usr/bin/env python3
"""The Spark driver (scripts/spark_tarikh.py) under PySpark in local mode (local[2]) on the
seed corpus: its timeline must be the bytes `tarikh extract` writes.

    python3 scripts/test_spark_tarikh.py [target/release/tarikh]

Skipped, with the reason printed, when pyspark cannot be imported, unless
TARIKH_REQUIRE_SPARK is set (CI sets it: .ci/run installs pyspark first).
"""

import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def main():
    tarikh = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "target/release/tarikh"))
    try:
        import pyspark  # noqa: F401
    except ImportError as e:
        if os.environ.get("TARIKH_REQUIRE_SPARK"):
            print(f"test_spark_tarikh: FAILED: pyspark is required (TARIKH_REQUIRE_SPARK) but cannot be imported: {e}")
            return 1
        print(f"test_spark_tarikh: skipped: pyspark cannot be imported ({e}); `pip install pyspark==4.3.0` runs it")
        return 0
    corpus = os.path.join(REPO, "corpus")
    reduce_args = ["--undated", "--all-events", "--quiet"]
    with tempfile.TemporaryDirectory(prefix="tarikh-spark-test-") as tmp:
        extract_csv, spark_csv, jsonl = (os.path.join(tmp, n) for n in ("extract.csv", "spark.csv", "map.jsonl"))
        subprocess.run([tarikh, "extract", "--corpus", corpus, "-o", extract_csv] + reduce_args, check=True)
        driver = [sys.executable, os.path.join(HERE, "spark_tarikh.py"), "--tarikh", tarikh, "--corpus", corpus]
        driver += ["--master", "local[2]", "--partitions", "3", "--jsonl", jsonl, "-o", spark_csv, "--"] + reduce_args
        run = subprocess.run(driver, timeout=600, capture_output=True, text=True)
        if run.returncode != 0:
            print(f"test_spark_tarikh: FAILED: the driver exited with {run.returncode}\n{run.stderr[-4000:]}")
            return 1
        with open(extract_csv, "rb") as a, open(spark_csv, "rb") as b:
            want, got = a.read(), b.read()
        with open(jsonl, encoding="utf-8") as f:
            lines = sum(1 for _ in f)
        if got != want:
            print("test_spark_tarikh: FAILED: the Spark timeline differs from extract's")
            print("--- extract\n" + want.decode("utf-8", "replace") + "--- spark\n" + got.decode("utf-8", "replace"))
            return 1
        articles = sum(1 for n in os.listdir(corpus) if n.endswith(".txt"))
        if lines != articles:
            print(f"test_spark_tarikh: FAILED: {lines} map lines for {articles} articles")
            return 1
    print(f"test_spark_tarikh: ok: local[2], {articles} articles, the timeline is extract's ({len(want)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
