import { Suspense } from 'react';
import { useQueryParam, writeQuery } from '../../app/router';
import { lastQueryOf } from '../../app/useUrlState';
import { UnknownTabNotice, useUnknownTab } from '../../app/unknownTab';
import { useProgressStore } from '../../stores/progressStore';
import { LearnBar } from '../../ui/learn/LearnBar';
import { TabList } from '../../ui/Tabs';
import { ML_LEARN } from './learn/tabLearn';
import { ML_TABS, mlTabFromQuery, type MlTabId } from './tabs';
import './machineLearning.css';

/** The page's tab ids: a `tab=` naming none of them is ignored (useUnknownTab). */
const TAB_IDS = ML_TABS.map((t) => t.id);

/**
 * The Machine learning page: what the mathematics of the other pages is for. One tab per topic; each keeps its
 * settings in the address under its own keys, with `tab=` naming the tab.
 */
export default function MachineLearningPage() {
  const progress = useProgressStore();
  const active = mlTabFromQuery(useQueryParam('tab'));
  const ignoredTab = useUnknownTab('/machine-learning', TAB_IDS);
  const select = (id: MlTabId) => {
    if (id === active) return;
    writeQuery('/machine-learning', lastQueryOf(`machine-learning:${id}`) ?? `v=1&tab=${id}`, 'push');
  };
  const tab = ML_TABS.find((t) => t.id === active)!;
  const Panel = tab.panel;
  const learn = ML_LEARN[active];
  return (
    <section className="page machine-learning">
      <h1>Machine learning</h1>
      {learn && (
        // Keyed by tab: each tab's Code panel reads its own store through its own hook.
        <LearnBar
          key={active}
          page="machine-learning"
          theory={<learn.Theory />}
          exercises={learn.exercises}
          useCode={learn.useCode}
          progress={progress}
        />
      )}
      <UnknownTabNotice tab={ignoredTab} shown={ML_TABS[0].label} />
      <TabList
        tabs={ML_TABS}
        active={active}
        onSelect={select}
        label="Machine learning topics"
        idPrefix="ml"
      />
      <div role="tabpanel" id="ml-panel" aria-labelledby={`ml-tab-${active}`} className="tabpanel">
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Panel key={active} />
        </Suspense>
      </div>
    </section>
  );
}
