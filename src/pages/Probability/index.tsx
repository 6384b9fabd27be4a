import { Suspense } from 'react';
import { useQueryParam, writeQuery } from '../../app/router';
import { lastQueryOf } from '../../app/useUrlState';
import { UnknownTabNotice, useUnknownTab } from '../../app/unknownTab';
import { useProgressStore } from '../../stores/progressStore';
import { LearnBar } from '../../ui/learn/LearnBar';
import { TabList } from '../../ui/Tabs';
import { PROBABILITY_EXERCISES } from './learn/exercises';
import { ProbabilityTheory } from './learn/ProbabilityTheory';
import { useProbabilityCode } from './learn/useProbabilityCode';
import { PROBABILITY_TABS, tabFromQuery, type ProbabilityTabId } from './tabs';
import './probability.css';

/** The page's tab ids: a `tab=` naming none of them is ignored (useUnknownTab). */
const TAB_IDS = PROBABILITY_TABS.map((t) => t.id);

/**
 * The probability page: one tab per topic. Only the active tab's panel is rendered; each tab keeps its
 * settings in the address under its own keys, with `tab=` naming the tab.
 */
export default function ProbabilityPage() {
  const progress = useProgressStore();
  const active = tabFromQuery(useQueryParam('tab'));
  const ignoredTab = useUnknownTab('/probability', TAB_IDS);
  const select = (id: ProbabilityTabId) => {
    if (id === active) return;
    const key = `probability:${id}`;
    writeQuery(
      '/probability',
      lastQueryOf(key) ?? (id === 'distributions' ? 'v=1' : `v=1&tab=${id}`),
      'push',
    );
  };
  const tab = PROBABILITY_TABS.find((t) => t.id === active)!;
  const Panel = tab.panel;
  return (
    <section className="page probability">
      <h1>Probability</h1>
      <LearnBar
        page="probability"
        theory={<ProbabilityTheory />}
        exercises={PROBABILITY_EXERCISES}
        useCode={useProbabilityCode}
        progress={progress}
      />
      <UnknownTabNotice tab={ignoredTab} shown={PROBABILITY_TABS[0].label} />
      <TabList
        tabs={PROBABILITY_TABS}
        active={active}
        onSelect={select}
        label="Probability topics"
        idPrefix="prob"
      />
      <div role="tabpanel" id="prob-panel" aria-labelledby={`prob-tab-${active}`} className="tabpanel">
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Panel key={active} />
        </Suspense>
      </div>
    </section>
  );
}
