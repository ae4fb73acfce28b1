/// The HTML report's stylesheet: system fonts only, print friendly.
extension HTMLReport {
  static let stylesheet = """
    :root {
      --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --paper: #ffffff; --ground: #f4f6f8;
      --accent: #2456c9; --accent-soft: #dbe6fb; --good: #17803d; --good-soft: #dcf3e4;
      --warn: #a35a06; --warn-soft: #fdf0d5; --bad: #b42318; --bad-soft: #fde3e1;
      --na: #5b4db0; --na-soft: #ebe8fb;
    }
    * { box-sizing: border-box; }
    html { background: var(--ground); }
    body { margin: 0; color: var(--ink); font: 14px/1.5 system-ui, -apple-system, "Segoe UI",
      Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; }
    main { max-width: 1140px; margin: 0 auto; padding: 28px 28px 48px; }
    h1 { font-size: 28px; line-height: 1.2; margin: 0 0 12px; }
    h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
    h3 { font-size: 16px; margin: 22px 0 8px; }
    h4 { font-size: 13px; margin: 14px 0 4px; text-transform: uppercase; letter-spacing: .04em;
      color: var(--muted); }
    p { margin: 6px 0; }
    code { font: 12px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono",
      monospace; color: var(--muted); }
    a { color: var(--accent); }
    .muted { color: var(--muted); }
    .small { font-size: 12px; }
    .nowrap { white-space: nowrap; }
    .report-header { background: var(--paper); border: 1px solid var(--line); border-radius: 12px;
      padding: 22px 26px 16px; box-shadow: 0 1px 2px rgba(16, 24, 40, .05); }
    .eyebrow { margin: 0 0 2px; color: var(--accent); font-weight: 600; font-size: 12px;
      text-transform: uppercase; letter-spacing: .08em; }
    .meta { display: flex; flex-wrap: wrap; gap: 8px 28px; margin: 0 0 14px; }
    .meta div { min-width: 120px; }
    .meta dt { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
    .meta dd { margin: 0; font-weight: 500; overflow-wrap: anywhere; }
    .toc { display: flex; flex-wrap: wrap; gap: 6px 18px; padding-top: 12px;
      border-top: 1px solid var(--line); font-size: 13px; }
    .toc a { text-decoration: none; }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px;
      margin-top: 18px; }
    .card, .panel { background: var(--paper); border: 1px solid var(--line); border-radius: 12px;
      padding: 16px 20px; box-shadow: 0 1px 2px rgba(16, 24, 40, .05); }
    .card h3 { margin: 0 0 4px; font-size: 13px; text-transform: uppercase; letter-spacing: .05em;
      color: var(--muted); }
    .headline { font-size: 30px; font-weight: 700; margin: 0; line-height: 1.2; }
    .headline span { font-size: 15px; font-weight: 500; color: var(--muted); }
    .rung-line { font-weight: 600; margin: 0 0 4px; }
    .card { display: flex; flex-direction: column; }
    .card .muted { flex: 1; }
    .target-line { padding-top: 8px; border-top: 1px dashed var(--line); }
    .badges { margin-top: 8px; }
    .badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px;
      font-weight: 600; line-height: 18px; white-space: nowrap; background: var(--line);
      color: var(--muted); margin: 2px 0; }
    .badge.good { background: var(--good-soft); color: var(--good); }
    .badge.warn { background: var(--warn-soft); color: var(--warn); }
    .badge.bad { background: var(--bad-soft); color: var(--bad); }
    .badge.na { background: var(--na-soft); color: var(--na); }
    .warnings { background: var(--warn-soft); border: 1px solid #f3d19e; border-radius: 12px;
      padding: 4px 20px 8px; margin-top: 18px; }
    .warnings h2 { border: 0; margin-top: 10px; }
    .panel { margin-bottom: 16px; }
    .panel > h3 { margin: 0; font-size: 18px; }
    .citation { margin-top: 0; font-size: 13px; }
    .split { display: grid; grid-template-columns: minmax(0, 520px) minmax(0, 1fr); gap: 24px;
      align-items: center; }
    .radar { width: 100%; height: auto; display: block; font-size: 12px; }
    .radar .grid { fill: none; stroke: var(--line); stroke-width: 1; }
    .radar .grid.outer { stroke: #cbd2d9; }
    .radar .axis { stroke: #cbd2d9; stroke-width: 1; }
    .radar .threshold { fill: none; stroke: var(--warn); stroke-width: 1.5; stroke-dasharray: 5 4; }
    .radar .area { fill: rgba(36, 86, 201, .16); stroke: var(--accent); stroke-width: 2.5;
      stroke-linejoin: round; }
    .radar .dot { fill: var(--accent); stroke: #fff; stroke-width: 1.5; }
    .radar .dot.weak { fill: var(--bad); stroke-width: 2; }
    .radar .ring-label { fill: #9aa5b1; font-size: 10px; }
    .radar .axis-label { fill: var(--ink); font-weight: 600; }
    .radar .axis-label .value { fill: var(--muted); font-weight: 500; }
    .radar .axis-label.weak, .radar .axis-label.weak .value { fill: var(--bad); }
    .chart-note { font-size: 12px; color: var(--muted); text-align: center; }
    table { width: 100%; border-collapse: collapse; background: var(--paper); }
    th, td { text-align: left; vertical-align: top; padding: 8px 10px;
      border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
    th { font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
      background: #f8fafc; font-weight: 600; }
    td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    .sections td, .dimensions td, .progress td { vertical-align: middle; }
    tr.weakest td { background: var(--bad-soft); }
    .bar-cell { width: 38%; }
    .bar { height: 10px; border-radius: 5px; background: var(--line); overflow: hidden; }
    .bar span { display: block; height: 100%; background: var(--accent); border-radius: 5px; }
    tr.weakest .bar span { background: var(--bad); }
    .formula { margin-top: 10px; }
    .ladder-wrap { margin-top: 14px; }
    .ladder-caption { font-size: 13px; }
    .ladder { list-style: none; display: flex; align-items: flex-end; gap: 6px; padding: 0;
      margin: 8px 0; }
    .rung { flex: 1 1 0; min-width: 0; display: flex; flex-direction: column; }
    .rung .tags { min-height: 22px; display: flex; gap: 4px; justify-content: center;
      align-items: flex-end; padding-bottom: 3px; }
    .rung .step { display: flex; align-items: flex-start; justify-content: center; padding-top: 6px;
      border-radius: 6px 6px 0 0; background: #eef1f4; color: #9aa5b1; font-weight: 700;
      font-size: 15px; border: 2px solid transparent; }
    .rung.reached .step { background: var(--accent-soft); color: var(--accent); }
    .rung.current .step { background: var(--accent); color: #fff; }
    .rung.target .step { border: 2px dashed var(--warn); background: var(--warn-soft);
      color: var(--warn); }
    .rung-name { font-size: 12px; line-height: 1.3; text-align: center; color: var(--muted);
      padding: 6px 2px 0; min-height: 38px; border-top: 2px solid #cbd2d9; }
    .rung.current .rung-name { color: var(--ink); font-weight: 600; }
    .tag { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
      padding: 0 6px; border-radius: 4px; }
    .tag.now { background: var(--accent); color: #fff; }
    .tag.goal { background: var(--warn-soft); color: var(--warn); }
    .na-list { margin-top: 12px; padding: 8px 14px; background: var(--na-soft); border-radius: 8px; }
    .na-list h4 { color: var(--na); margin-top: 4px; }
    .na-list ul { margin: 4px 0; padding-left: 18px; }
    .na-reason { color: var(--na); font-style: italic; }
    .answers h3, .backlog h3 { margin-top: 26px; }
    .questions, .actions { border: 1px solid var(--line); border-radius: 10px;
      border-collapse: separate; border-spacing: 0; overflow: hidden; table-layout: fixed; }
    .questions tr:last-child td, .actions tr:last-child td { border-bottom: 0; }
    .c-question { width: 27%; } .c-answer { width: 21%; } .c-result { width: 9%; }
    .c-votes { width: 17%; } .c-record { width: 26%; }
    .c-action { width: 56%; } .c-step { width: 22%; } .c-owner { width: 12%; } .c-due { width: 10%; }
    .q-title { font-weight: 600; }
    tr.unanswered td { color: var(--muted); }
    tr.not-applicable td { background: #faf9ff; }
    .votes { list-style: none; margin: 0 0 4px; padding: 0; }
    .votes li { margin: 1px 0; }
    .votes .count { display: inline-block; min-width: 20px; text-align: center; border-radius: 4px;
      background: var(--accent-soft); color: var(--accent); font-weight: 700; font-size: 12px; }
    .votes .who { display: block; color: var(--muted); font-size: 12px; padding-left: 24px; }
    .record { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px;
      font-size: 13px; }
    .record dt { color: var(--muted); font-weight: 600; }
    .record dd { margin: 0; min-width: 0; }
    .evidence { margin: 0; padding-left: 16px; }
    .gaps { padding-left: 18px; }
    tr.closes td:first-child { box-shadow: inset 3px 0 0 var(--warn); }
    .how { margin-top: 4px; }
    .note { margin-top: 4px; color: var(--muted); font-style: italic; }
    footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line);
      color: var(--muted); font-size: 12px; }
    @media (max-width: 760px) { .split { grid-template-columns: 1fr; } }
    @media print {
      html { background: #fff; } main { padding: 0; max-width: none; }
      .toc { display: none; } .card, .panel, .report-header { box-shadow: none; }
      tr, .panel, .card { break-inside: avoid; }
    }
    """
}
