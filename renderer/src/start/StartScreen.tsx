// The first screen: start from a template or a blank plan, open one, pick up a
// recent plan, or restore unsaved work from an earlier session.
import { openPlan } from '../document/actions';
import { getHost, isDesktopHost } from '../host';
import { openSettings } from '../settings/settingsStore';
import { useViewStore } from '../store/viewStore';
import { Icon } from '../ui/icons';
import { FolderPlans, PlanList, RecoveryOffers, useHostList } from './PlanLists';
import { TemplateGallery } from './TemplateGallery';

export function StartScreen() {
  const hostInfo = useViewStore((s) => s.hostInfo);
  const desktop = isDesktopHost();
  const recent = useHostList(() => getHost().listRecent({}));
  const recovery = useHostList(() => getHost().listRecovery({}));

  return (
    <main className="start" aria-label="Start">
      <div className="start__inner">
        <header className="start__header">
          <span className="start__logo">
            <Icon name="logo" size={22} />
          </span>
          <div>
            <h1 className="start__title">Handoff Studio</h1>
            <p className="start__subtitle">Plan a model’s path from research to production — with everyone who owns a part of it.</p>
          </div>
          <button type="button" className="btn btn--sm start__settings" onClick={openSettings}>
            <Icon name="settings" size={14} /> Settings
          </button>
        </header>

        {recovery.data && <RecoveryOffers entries={recovery.data} onChanged={recovery.reload} />}

        <div className="start__columns">
          <section className="start__section start__section--new" aria-labelledby="start-new">
            <h2 id="start-new" className="start__heading">
              Start a new plan
            </h2>
            <TemplateGallery />
          </section>

          <section className="start__section start__section--open" aria-labelledby="start-open">
            <div className="start__heading-row">
              <h2 id="start-open" className="start__heading">
                {desktop ? 'Open' : `Plans in ${hostInfo?.workspace ?? 'this folder'}`}
              </h2>
              {desktop && (
                <button type="button" className="btn btn--sm" onClick={() => void openPlan()}>
                  <Icon name="folder" size={14} /> Open a plan…
                </button>
              )}
            </div>
            {!desktop && <FolderPlans />}
            {(desktop || (recent.data && recent.data.length > 0)) && (
              <>
                <h3 className="start__subheading">Recent</h3>
                {recent.error ? (
                  <p className="list-error">{recent.error}</p>
                ) : (
                  <PlanList plans={recent.data ?? []} label="Recent plans" emptyText="Plans you open will be listed here." />
                )}
              </>
            )}
          </section>
        </div>
        {hostInfo && (
          <footer className="start__footer">
            Handoff Studio {hostInfo.appVersion}
            {hostInfo.kind === 'browser' ? ' · in the browser' : ''}
          </footer>
        )}
      </div>
    </main>
  );
}
