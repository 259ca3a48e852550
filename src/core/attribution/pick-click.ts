import { isoMillis } from '../time/iso-millis.ts';
import type { CampaignRules, CandidateNote, ClickCandidate } from './types.ts';
import { withinWindow } from './within-window.ts';

export interface PickedClick {
  click: ClickCandidate;
  rules: CampaignRules;
  notes: CandidateNote[];
}

/**
 * The credited click among the candidates: only clicks not after the order and inside their
 * campaign's window count. The most recent of them names the campaign; that campaign's model then
 * picks its last (default) or first click. Every candidate is noted with why it counted or not.
 */
export function pickClick(
  candidates: ClickCandidate[],
  orderAt: string,
  campaigns: ReadonlyMap<number, CampaignRules>,
): PickedClick | undefined {
  const notes: CandidateNote[] = [];
  const eligible: { click: ClickCandidate; at: number; rules: CampaignRules }[] = [];
  for (const click of candidates) {
    const rules = campaigns.get(click.campaignId);
    if (!rules) continue;
    const at = click.clickedAt ?? orderAt;
    const considered = withinWindow(at, orderAt, rules.windowDays);
    notes.push({
      click_id: click.clickId,
      link: click.linkKey,
      enrollment_id: click.enrollmentId,
      clicked_at: click.clickedAt,
      via: click.via,
      considered,
    });
    if (considered === 'in_window') eligible.push({ click, at: isoMillis(at), rules });
  }
  if (eligible.length === 0) return undefined;
  // Ties on time: a precise click id beats a UTM-only landing, then the earlier listed candidate.
  const byTime = [...eligible].sort((a, b) => a.at - b.at || precision(b.click) - precision(a.click));
  const latest = byTime[byTime.length - 1]!;
  const rules = latest.rules;
  const sameCampaign = byTime.filter((e) => e.click.campaignId === rules.campaignId);
  const chosen = rules.model === 'first_click' ? sameCampaign[0]! : latest;
  return { click: chosen.click, rules, notes };
}

const precision = (c: ClickCandidate) => (c.clickId ? 1 : 0);
