"""Engine adapters. Each exposes the extract as relation `raw` (line + strings),
runs the SQL from `sql.py`, and returns Arrow tables, so the CLI, the tests and
the report see the same shape whatever the engine.
"""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

from .errors import InputError
from .extract import check_columns, detect_format, read_xlsx
from .spec import EXTRACT_COLUMNS

ENGINES = ("duckdb", "spark")


# --------------------------------------------------------------------------
# DuckDB (embedded, default)
# --------------------------------------------------------------------------
class DuckDBEngine:
    name = "duckdb"

    def __init__(self, memory_limit: str = "3GB", threads: int | None = None):
        import duckdb

        self._duckdb = duckdb
        self._tmp = tempfile.TemporaryDirectory(prefix="vardkontakt-duckdb-")
        self.con = duckdb.connect(config={"memory_limit": memory_limit, "temp_directory": self._tmp.name})
        self.con.execute("SET TimeZone = 'UTC'")
        if threads:
            self.con.execute(f"SET threads = {int(threads)}")

    def close(self) -> None:
        self.con.close()
        self._tmp.cleanup()

    def _csv_scan(self, path: str) -> str:
        p = path.replace("'", "''")
        return (
            f"read_csv('{p}', header = true, all_varchar = true, delim = ',', quote = '\"', "
            f"escape = '\"', encoding = 'utf-8', null_padding = true)"
        )

    def load(self, path: str | Path) -> None:
        fmt = detect_format(path)
        path = str(path)
        try:
            if fmt == "xlsx":
                self.con.register("raw_xlsx", read_xlsx(path))
                self.con.execute("CREATE OR REPLACE TEMP VIEW raw AS SELECT * FROM raw_xlsx")
                return
            if fmt == "csv":
                scan = self._csv_scan(path)
                cols = [r[0] for r in self.con.execute(f"DESCRIBE SELECT * FROM {scan}").fetchall()]
                check_columns(path, cols)
                sel = ", ".join(f'"{c}"' for c in EXTRACT_COLUMNS)
                self.con.execute(f"CREATE OR REPLACE TEMP VIEW raw AS SELECT row_number() OVER () AS line, {sel} FROM {scan}")
                return
            p = path.replace("'", "''")
            scan = f"read_parquet('{p}', file_row_number = true)"
            types = dict((r[0], r[1]) for r in self.con.execute(f"DESCRIBE SELECT * FROM read_parquet('{p}')").fetchall())
            check_columns(path, list(types))
            sel = []
            for c in EXTRACT_COLUMNS:
                if types[c].startswith("TIMESTAMP"):
                    sel.append(f"strftime(\"{c}\", '%Y-%m-%d %H:%M:%S') AS \"{c}\"")
                else:
                    sel.append(f'CAST("{c}" AS VARCHAR) AS "{c}"')
            self.con.execute(f"CREATE OR REPLACE TEMP VIEW raw AS SELECT file_row_number + 1 AS line, {', '.join(sel)} FROM {scan}")
        except self._duckdb.Error as exc:
            raise InputError(f"{path}: {_safe_duckdb_error(exc)}") from None

    def run(self, sql: str, materialize_as: str | None = None):
        try:
            if materialize_as:
                self.con.execute(f"CREATE OR REPLACE TEMP TABLE {materialize_as} AS {sql}")
                return None
            return self.con.sql(sql).to_arrow_table()
        except self._duckdb.Error as exc:
            raise InputError(_safe_duckdb_error(exc)) from None

    def copy_parquet(self, sql: str, out: str | Path) -> None:
        o = str(out).replace("'", "''")
        try:
            self.con.execute(f"COPY ({sql}) TO '{o}' (FORMAT parquet)")
        except self._duckdb.Error as exc:
            raise InputError(_safe_duckdb_error(exc)) from None


def _safe_duckdb_error(exc: Exception) -> str:
    """DuckDB's CSV errors quote the offending line; keep only what names the place."""
    text = str(exc)
    line = re.search(r"[Ll]ine:? (\d+)", text)
    first = text.splitlines()[0] if text else type(exc).__name__
    first = re.sub(r"Original Line:.*", "", first)
    if line:
        # DuckDB counts the header as line 1 of the file.
        return f"filen kan inte tolkas runt fysisk rad {line.group(1)} (rubrikraden räknad): {first[:200]}"
    return f"filen kan inte tolkas: {first[:200]}"


# --------------------------------------------------------------------------
# Apache Spark (PySpark, classic mode)
# --------------------------------------------------------------------------
_SPARK = None


def local_spark(cores: int = 2):
    """A small local SparkSession, bound to 127.0.0.1, created once per process."""
    global _SPARK
    if _SPARK is None:
        from pyspark.sql import SparkSession

        _SPARK = (
            SparkSession.builder.master(f"local[{cores}]")
            .appName("vardkontakt-audit")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .getOrCreate()
        )
        _SPARK.sparkContext.setLogLevel("ERROR")
    return _SPARK


class SparkEngine:
    name = "spark"

    def __init__(self, spark=None):
        self.spark = spark or local_spark()
        self._cached = []

    def close(self) -> None:
        for df in self._cached:
            df.unpersist()
        self._cached.clear()

    def load(self, path: str | Path) -> None:
        from pyspark.sql import functions as F
        from pyspark.sql.types import TimestampNTZType, TimestampType

        fmt = detect_format(path)
        path = str(Path(path).resolve())
        if fmt == "xlsx":
            self.spark.createDataFrame(read_xlsx(path)).createOrReplaceTempView("raw")
            return
        try:
            if fmt == "csv":
                df = self.spark.read.csv(path, header=True, inferSchema=False, encoding="UTF-8", quote='"', escape='"')
            else:
                df = self.spark.read.parquet(path)
        except Exception as exc:  # AnalysisException and friends
            raise InputError(f"{path}: kan inte läsas: {type(exc).__name__}") from None
        check_columns(path, df.columns)
        cols = []
        for c in EXTRACT_COLUMNS:
            dtype = df.schema[c].dataType
            if isinstance(dtype, (TimestampType, TimestampNTZType)):
                cols.append(F.date_format(F.col(c), "yyyy-MM-dd HH:mm:ss").alias(c))
            else:
                cols.append(F.col(c).cast("string").alias(c))
        df = df.select(*cols)
        # Line numbers in file order without moving data to one partition: number
        # rows within each partition, then add the sizes of earlier partitions.
        # A single file is split into partitions in file order.
        df = df.withColumn("_pid", F.spark_partition_id()).withColumn("_mid", F.monotonically_increasing_id())
        counts = sorted((r["_pid"], r["count"]) for r in df.groupBy("_pid").count().collect())
        offsets, total = [], 0
        for pid, n in counts:
            offsets.append((pid, total))
            total += n
        off = self.spark.createDataFrame(offsets or [(0, 0)], "_pid INT, _off BIGINT")
        df = df.join(F.broadcast(off), "_pid").withColumn(
            "line", F.col("_off") + F.col("_mid") - F.shiftleft(F.col("_pid").cast("bigint"), 33) + 1
        )
        df.select("line", *EXTRACT_COLUMNS).createOrReplaceTempView("raw")

    def run(self, sql: str, materialize_as: str | None = None):
        from .sql import to_spark

        df = self.spark.sql(to_spark(sql))
        if materialize_as:
            df = df.persist()
            self._cached.append(df)
            df.createOrReplaceTempView(materialize_as)
            return None
        return df.toArrow()

    def copy_parquet(self, sql: str, out: str | Path) -> None:
        import pyarrow.parquet as pq

        # Harmonize output is a single file like DuckDB's; fine up to driver memory.
        pq.write_table(self.run(sql), str(out))


def make_engine(name: str, **kwargs):
    if name == "duckdb":
        return DuckDBEngine(**kwargs)
    if name == "spark":
        return SparkEngine(**kwargs)
    raise InputError(f"okänd motor '{name}'; tillåtna: {', '.join(ENGINES)}")
