// How `npm run bench:import` scores one import against its hand-encoded seed (api/src/seed/protocols): each
// measure as { tp, fp, fn } with what was missed and what was extra. Plain functions, no I/O.

/** Scores one import against a seed; each measure is { tp, fp, fn }, plus the misses for the report. */
export function score(result, seed) {
  const numberOf = new Map(result.structure.clauses.map((c) => [c.id, c.number ?? c.id]));
  const m = {};
  const tally = (name, predicted, truth) => {
    const p = new Set(predicted);
    const t = new Set(truth);
    const tp = [...p].filter((x) => t.has(x));
    m[name] = { tp: tp.length, fp: p.size - tp.length, fn: t.size - tp.length, missed: [...t].filter((x) => !p.has(x)), extra: [...p].filter((x) => !t.has(x)) };
  };
  // Clause numbers: the seed's numbers as written (not the made-up ones for unnumbered passages). A numbered
  // heading counts as found when the seed made it a clause; the v1 seeds cannot say "section", so a section
  // number the seed does not have is not counted against precision.
  const truthNumbers = seed.clauses.map((c) => c.number).filter((n) => /^\d/.test(n));
  const tn = new Set(truthNumbers);
  const found = [...result.structure.clauses.map((c) => c.number).filter(Boolean), ...result.structure.sections.map((x) => x.number).filter((n) => n && tn.has(n))];
  tally('clause numbers', found, truthNumbers);
  const sug = result.suggestions;
  tally('roles', sug.filter((s) => s.kind === 'role').map((s) => s.value.key), seed.roles.map((r) => r.key));
  // Time limits of response standards: (clause, acknowledge|respond, days).
  const limits = (s) => [s.acknowledgeWithinDays !== undefined ? ['acknowledge', s.acknowledgeWithinDays] : null, s.respondWithinDays !== undefined ? ['respond', s.respondWithinDays] : null].filter(Boolean);
  // One stated limit that two standards share (Glanmor's 6.3 for correspondence and for information requests) is one fact.
  const truthLimits = [];
  for (const st of seed.responseStandards) {
    for (const [w, n] of limits(st)) {
      const same = truthLimits.find((t) => t.w === w && t.n === n && t.clauses.some((c) => st.clauses.includes(c)));
      if (same) same.clauses = [...new Set([...same.clauses, ...st.clauses])].sort();
      else truthLimits.push({ w, n, clauses: [...st.clauses] });
    }
  }
  const predLimits = sug.filter((s) => s.kind === 'time_limit' && s.value.amount !== null).map((s) => ({ w: s.value.what, n: s.value.amount, clause: numberOf.get(s.clause) }));
  const limitKey = (w, n, c) => `${c}:${w}:${n}`;
  tally(
    'time limits',
    predLimits.map((p) => {
      const t = truthLimits.find((t) => t.w === p.w && t.n === p.n && t.clauses.includes(p.clause));
      return t ? limitKey(t.w, t.n, t.clauses.join('+')) : limitKey(p.w, p.n, p.clause);
    }),
    truthLimits.map((t) => limitKey(t.w, t.n, t.clauses.join('+'))),
  );
  // Escalation steps: (handler, clauses of the chain). A step the seed gives as an expression (format 2
  // `handledBy`) is handled by the first role it names, or by its procedure ("the council's Disciplinary
  // Procedure" → procedure:disciplinary), which is what the importer names for "invoke the Disciplinary
  // Procedure". One stated step that two chains share (the same handler, a clause in common: Kingsford 26 for
  // a complaint about the Clerk or another employee) is one fact, as a shared time limit is.
  const handlerOf = (st) => {
    if (st.handler) return st.handler;
    const walk = (h) => (!h ? null : h.role ?? (h.procedure ? `procedure:${procedureName(h.procedure.name)}` : [...(h.anyOf ?? []), ...(h.allOf ?? [])].map(walk).find(Boolean) ?? null));
    return walk(st.handledBy) ?? 'unknown';
  };
  const truthSteps = [];
  for (const c of seed.chains) {
    for (const st of c.steps) {
      const h = handlerOf(st);
      const clauses = [...new Set([...c.clauses, ...st.clauses])];
      const same = truthSteps.find((t) => t.h === h && t.clauses.some((x) => st.clauses.includes(x)));
      if (same) same.clauses = [...new Set([...same.clauses, ...clauses])].sort();
      else truthSteps.push({ h, clauses });
    }
  }
  const predHandler = (st) => (/ Procedure\)$/.test(st.title) ? `procedure:${procedureName(st.title)}` : st.role);
  const predSteps = sug.filter((s) => s.kind === 'escalation').flatMap((s) => s.value.steps.map((st) => ({ h: predHandler(st), clause: numberOf.get(st.clause ?? s.clause) })));
  tally(
    'escalation steps',
    predSteps.map((p) => {
      const t = truthSteps.find((t) => t.h === p.h && t.clauses.includes(p.clause));
      return t ? `${t.h}@${t.clauses.join('+')}` : `${p.h}@${p.clause}`;
    }),
    truthSteps.map((t) => `${t.h}@${t.clauses.join('+')}`),
  );
  // Adoption and review facts, at the precision the text states them (the v1 seed had to write
  // "October 2024" as 2024-10-01; "2024-10" is what the text says).
  const facts = [];
  const r = seed.review;
  if (r.adoptedOn) facts.push(`adoptedOn=${r.adoptedOn}`);
  if (r.adoptedBy) facts.push(`adoptedBy=${r.adoptedBy}`);
  if (r.reviewOn) facts.push(`reviewOn=${r.reviewOn}`);
  if (r.reviewEveryMonths) facts.push(`reviewEveryMonths=${r.reviewEveryMonths}`);
  if (r.reviewingBody) facts.push(`reviewingBody=${r.reviewingBody}`);
  if (r.amendedBy) facts.push(`amendedBy=${r.amendedBy}`);
  for (const a of r.amendments ?? []) facts.push(`updated=${a.on}`);
  const stated = (truth, pred) => truth === pred || (pred.length >= 7 && truth.startsWith(pred));
  const pf = [];
  for (const s of sug) {
    if (s.kind === 'adoption') {
      const t = facts.find((f) => f.startsWith('adoptedOn=') && stated(f.slice(10), s.value.on));
      pf.push(t ?? `adoptedOn=${s.value.on}`);
      if (s.value.by) pf.push(`adoptedBy=${s.value.by}`);
    }
    if (s.kind === 'last_updated') pf.push(facts.find((f) => f.startsWith('updated=') && stated(f.slice(8), s.value.on)) ?? `updated=${s.value.on}`);
    if (s.kind === 'review') {
      if (s.value.on) pf.push(facts.find((f) => f.startsWith('reviewOn=') && stated(f.slice(9), s.value.on)) ?? `reviewOn=${s.value.on}`);
      if (s.value.everyMonths) pf.push(`reviewEveryMonths=${s.value.everyMonths}`);
      if (s.value.body) pf.push(`reviewingBody=${s.value.body}`);
      if (s.value.amendedBy) pf.push(`amendedBy=${s.value.amendedBy}`);
    }
  }
  tally('adoption and review', pf, facts);
  const truthAccess = seed.accessRules.flatMap((a) => a.clauses.map((c) => `${a.classification}@${c}`));
  tally('access', sug.filter((s) => s.kind === 'access').map((s) => `${s.value.classification}@${numberOf.get(s.clause)}`), truthAccess);
  const truthCorr = seed.correspondenceRules.flatMap((a) => a.clauses.map((c) => `${a.key}@${c}`));
  tally('correspondence', sug.filter((s) => s.kind === 'correspondence').map((s) => `${s.value.key}@${numberOf.get(s.clause)}`), truthCorr);
  return m;
}

/** A procedure's kind from its name: disciplinary, grievance or complaints. */
function procedureName(name) {
  return /disciplin/i.test(name) ? 'disciplinary' : /grievance/i.test(name) ? 'grievance' : /complain/i.test(name) ? 'complaints' : name.toLowerCase();
}
