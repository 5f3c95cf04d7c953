// Expands a verb phrase into the inflections writers use ("raise" -> raise, raises, raised,
// raising), so cue tables can list each verb once. Only the first word is inflected.

const IRREGULAR: Record<string, string[]> = {
  lead: ['led'],
  drive: ['drove', 'driven'],
  bring: ['brought'],
  give: ['gave', 'given'],
  make: ['made'],
  keep: ['kept'],
  hold: ['held'],
  find: ['found'],
  prove: ['proven'],
  break: ['broke', 'broken'],
  cut: [],
  rise: ['rose', 'risen'],
  fall: ['fell', 'fallen'],
  take: ['took', 'taken'],
  stop: ['stopped', 'stopping'],
  slow: [],
  rely: ['relied', 'relies'],
  tie: ['tied', 'tying'],
  spur: ['spurred', 'spurring'],
  curb: [],
  go: ['goes', 'went', 'gone'],
  shoot: ['shot'],
  eat: ['ate', 'eaten'],
  throw: ['threw', 'thrown'],
  sink: ['sank', 'sunk'],
  send: ['sent'],
  build: ['built'],
  run: ['ran', 'running'],
  burn: ['burnt'],
  bind: ['bound'],
  get: ['got', 'gotten', 'getting'],
  wear: ['wore', 'worn'],
  draw: ['drew', 'drawn'],
  feed: ['fed'],
  put: ['putting'],
  shut: ['shutting'],
  set: ['setting'],
  tear: ['tore', 'torn'],
  strike: ['struck'],
  weaken: [],
};

export function inflect(phrase: string): string[] {
  const [verb, ...rest] = phrase.split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const forms = new Set<string>([verb]);
  if (verb.endsWith('e')) {
    forms.add(verb + 's').add(verb + 'd').add(verb.slice(0, -1) + 'ing');
  } else if (verb.endsWith('y') && !/[aeiou]y$/.test(verb)) {
    forms.add(verb.slice(0, -1) + 'ies').add(verb.slice(0, -1) + 'ied').add(verb + 'ing');
  } else {
    forms.add(verb + (/(?:s|x|ch|sh)$/.test(verb) ? 'es' : 's')).add(verb + 'ed').add(verb + 'ing');
  }
  for (const f of IRREGULAR[verb] ?? []) forms.add(f);
  return [...forms].map((f) => f + tail);
}
