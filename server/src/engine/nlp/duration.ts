/**
 * "Calcidiol lingers in the blood for about three weeks", "calcitriol only lasts a few hours",
 * "ordinary vitamin D can take several weeks": how long something lasts or takes. A claim whose
 * evidence gives no span of time says nothing about it, however well its concepts fit. ("Reverses
 * osteoporosis within months" says what happens, with a time added: not a duration.)
 */
const SPAN = String.raw`(?:about |around |roughly |up to |at least |only |just )?(?:a few|several|a couple of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:or (?:two|three|so)\s+)?(?:hours?|days?|weeks?|months?|years?)\b`;
const DURATION = new RegExp(String.raw`\b(?:lasts?|lasted|lingers?|lingered|persists?|half-life)\b[^.;]{0,30}?\b(?:hours?|days?|weeks?|months?|years?)\b|\b(?:takes?|took|starts? working within|kicks? in within|for)\s+` + SPAN, 'i');

/** Every duration names a unit of time; most sentences name none and stop here. */
const TIME_UNIT = /hour|day|week|month|year/i;

export function statesDuration(text: string): boolean {
  return TIME_UNIT.test(text) && DURATION.test(text);
}
