"""Import speed.

import_rows_per_s: `customer_import.run` of a 100,000-row CSV file (name, phone, resident ID
number, e-mail; nearly every name different, so the pinyin cache helps little) into a fresh
vault, for a service with those fields approved: reading, validating, duplicate checks,
encryption, blind indexes, enrolment and consent events, committed in batches.
preview_rows_per_s: `customer_import.preview` of the same file (read + validate, nothing stored).

    bash tests/with-secret-service.sh .venv/bin/python bench/import_rows.py [--rows N] [--profile]

Run through `make bench`, which provides a real Secret Service.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import os
import pstats
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# A wide pool of given-name characters: real lists rarely repeat a full name.
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋"
             "唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程")
_GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红梅鹏飞建国志浩宇晨欣怡子涵"
          "思雨佳琪梓萱博文俊豪嘉懿一诺睿泽昊天若曦雅婷晓东海燕春秋冬雪松柏林森峰岩嵩瑶琳璐")
_LATIN = ("Emily", "James", "Olivia", "Liam", "Sophia", "Noah", "Ava", "Mason", "Mia", "Lucas")
_FAMILY = ("Carter", "Smith", "Brown", "Wilson", "Taylor", "Clark", "Lewis", "Walker", "Young")


def _check_char(first17: str) -> str:
    from clientsafe.core.field_validators import national_id_check_char

    return national_id_check_char(first17)


def write_rows(path: Path, rows: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "手机", "身份证号", "邮箱"])
        for n in range(rows):
            if rng.random() < 0.8:
                name = rng.choice(_SURNAMES) + "".join(rng.choices(_GIVEN, k=rng.choice((1, 2))))
            else:
                name = f"{rng.choice(_LATIN)} {rng.choice(_FAMILY)}{'' if n % 3 else ' Jr'}"
            born = date(1950, 1, 1) + timedelta(days=rng.randrange(20000))
            first17 = f"110101{born:%Y%m%d}{rng.randrange(1000):03d}"
            writer.writerow([name, f"139{n:08d}", first17 + _check_char(first17),
                             f"member{n}@example.com"])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--batch", type=int, default=0, help="experiment: rows per transaction")
    args = parser.parse_args()

    from clientsafe.core.consent import RetentionStart
    from clientsafe.core.import_rules import ImportPlan, suggest_mapping
    from clientsafe.core.roles import Role
    from clientsafe.services import (
        auth,
        collection,
        customer_import,
        offerings,
        setup,
        staff,
    )

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CLIENTSAFE_HOME"] = str(Path(tmp) / "home")
        password = "Bench-Password-2026-ok"
        vault = setup.create_vault(setup.SetupRequest(
            Path(tmp) / "bench.csvault", "Bench 基准", "officer", "Officer", password)).vault
        officer = auth.login(vault, "officer", password)
        staff.create_staff(vault, officer, username="mgr", display_name="Manager",
                           role=Role.MANAGER, temporary_password=password)
        manager = auth.login(vault, "mgr", password)
        service_id = offerings.save_service(
            vault, manager, service_id=None, name="Membership", description="Gym membership",
            retention_months=24, retention_start=RetentionStart.END_OF_RELATIONSHIP,
            offers_marketing=True)
        for key in ("phone", "national_id", "email"):
            request = collection.request_field(
                vault, manager, service_id=service_id, field_key=key, required=False,
                necessity_use="run the membership", necessity_without="no membership")
            collection.decide(vault, officer, request, approve=True, reason="Needed")

        path = Path(tmp) / "customers.csv"
        write_rows(path, args.rows)
        form = customer_import.form(vault, manager, service_id)
        heads = customer_import.headers(vault, manager, path)
        plan = ImportPlan(path, service_id, suggest_mapping(heads, form.fields),
                          total_rows=args.rows)

        started = time.perf_counter()
        preview = customer_import.preview(vault, manager, plan)
        preview_s = time.perf_counter() - started
        assert preview.counts.rejected == 0, preview.rejections[:3]

        profiler = cProfile.Profile() if args.profile else None
        started = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        counts = customer_import.run(vault, manager, plan,
                                     batch_size=args.batch or customer_import.BATCH_SIZE)
        if profiler is not None:
            profiler.disable()
        run_s = time.perf_counter() - started
        vault.close()

    print(f"rows: {counts.rows}, imported {counts.imported}, duplicates {counts.duplicates}")
    print(f"preview_rows_per_s: {counts.rows / preview_s:.0f}  ({preview_s:.1f} s)")
    print(f"import_rows_per_s: {counts.rows / run_s:.0f}  ({run_s:.1f} s; target >= 20000)")
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(18)


if __name__ == "__main__":
    main()
