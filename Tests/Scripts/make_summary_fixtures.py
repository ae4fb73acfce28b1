#!/usr/bin/env python3
"""Makes the summary fixtures in Tests/Fixtures/summary/: three rounds of one team
(June, September, December 2026) through `mlmaturity set`. December is fully
answered, with ten actions that each have an owner and a due date, one N/A and
batch serving (three questions do not apply); the earlier rounds have more gaps.

usage: python3 Tests/Scripts/make_summary_fixtures.py .build/debug/mlmaturity Tests/Fixtures/summary
"""
import json, subprocess, sys, os
B = sys.argv[1]; out = sys.argv[2]
qs = json.loads(subprocess.check_output([B, "questions", "--json"]))
ten = ["mlts.monitor.1", "mlts.monitor.3", "mlts.infra.4", "mlts.model.6", "azure.tech.feature-store",
       "azure.release.ownership", "azure.integration.model-tests", "google.l1.metadata",
       "google.l1.degradation-triggers", "mlts.data.7"]
owners = ["Ana Lima", "Bo Chen", "Chen Wu", "Dev Patel", "Emil Novak"]
earlier = {"2026-09": ten + ["mlts.monitor.2", "mlts.monitor.4", "azure.tech.training", "azure.people.data-scientists", "google.l1.continuous-training"],
           "2026-06": ten + ["mlts.monitor.2", "mlts.monitor.4", "mlts.monitor.5", "mlts.data.1", "azure.tech.training", "azure.people.data-scientists", "google.l1.continuous-training", "google.l1.online-validation", "azure.creation.data-collection"]}
def make(name, date, low, lowest):
    path = os.path.join(out, name)
    if os.path.exists(path): os.remove(path)
    args = [B, "set", path, "--team", "Platform ML", "--system", "recommendations", "--facilitator", "Ana Lima",
            "--date", date, "--context", "serving=batch"]
    for p in owners: args += ["--participant", p]
    for q in qs:
        a = q["answers"]
        if q["id"] == "mlts.data.5":
            args.append("mlts.data.5=n/a"); args += ["--reason", "mlts.data.5=No personal data: the recommender uses item and session statistics only."]
            continue
        if q["id"] in lowest: v = a[0]
        elif q["id"] in low: v = a[-2]
        else: v = a[-1]
        args.append(f"{q['id']}={v}")
    for i, qid in enumerate(low):
        args += ["--owner", f"{qid}={owners[i % len(owners)]}", "--due", f"{qid}=2027-0{1 + i % 6}-{10 + i:02d}"]
    args += ["--target", "mlts=4", "--target", "azure=3"]
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode: print(r.stderr); sys.exit(1)
make("platform-2026-12.json", "2026-12-01", ten, [])
make("platform-2026-09.json", "2026-09-15", ten, earlier["2026-09"][10:])
make("platform-2026-06.json", "2026-06-10", ten, earlier["2026-06"][10:])
