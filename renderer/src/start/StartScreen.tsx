// The first screen: start from a template or a blank plan, open one, pick up a
// recent plan, or restore unsaved work from an earlier session.
import { openPlan } from '../document/actions';
import { getHost, isDesktopHost } from '../host';
import { useT } from '../i18n';
import { openSettings } from '../settings/settingsStore';
import { useViewStore } from '../store/viewStore';
import { Icon } from '../ui/icons';
import { FolderPlans, PlanList, RecoveryOffers, useHostList } from './PlanLists';
import { TemplateGallery } from './TemplateGallery';

export function StartScreen() {
  const t = useT();
  const hostInfo = useViewStore((s) => s.hostInfo);
  const desktop = isDesktopHost();
  const recent = useHostList(() => getHost().listRecent({}));
  const recovery = useHostList(() => getHost().listRecovery({}));

  return (
    <main className="start" aria-label={t('ui.app.start.landmark')}>
      <div className="start__inner">
        <header className="start__header">
          <span className="start__logo">
            <Icon name="logo" size={22} />
          </span>
          <div>
            <h1 className="start__title">Handoff Studio</h1>
            <p className="start__subtitle">{t('ui.app.start.subtitle')}</p>
          </div>
          <button type="button" className="btn btn--sm start__settings" onClick={openSettings}>
            <Icon name="settings" size={14} /> {t('ui.app.start.settings')}
          </button>
        </header>

        {recovery.data && <RecoveryOffers entries={recovery.data} onChanged={recovery.reload} />}

        <div className="start__columns">
          <section className="start__section start__section--new" aria-labelledby="start-new">
            <h2 id="start-new" className="start__heading">
              {t('ui.app.start.newHeading')}
            </h2>
            <TemplateGallery />
          </section>

          <section className="start__section start__section--open" aria-labelledby="start-open">
            <div className="start__heading-row">
              <h2 id="start-open" className="start__heading">
                {desktop ? t('ui.app.start.openHeading') : hostInfo?.workspace ? t('ui.app.start.plansInFolder', { folder: hostInfo.workspace }) : t('ui.app.start.plansHere')}
              </h2>
              {desktop && (
                <button type="button" className="btn btn--sm" onClick={() => void openPlan()}>
                  <Icon name="folder" size={14} /> {t('ui.app.start.openPlan')}
                </button>
              )}
            </div>
            {!desktop && <FolderPlans />}
            {(desktop || (recent.data && recent.data.length > 0)) && (
              <>
                <h3 className="start__subheading">{t('ui.app.start.recent')}</h3>
                {recent.error ? (
                  <p className="list-error">{recent.error}</p>
                ) : (
                  <PlanList plans={recent.data ?? []} label={t('ui.app.start.recentPlans')} emptyText={t('ui.app.start.recentEmpty')} />
                )}
              </>
            )}
          </section>
        </div>
        {hostInfo && (
          <footer className="start__footer">
            {t(hostInfo.kind === 'browser' ? 'ui.app.start.footerBrowser' : 'ui.app.start.footer', { version: hostInfo.appVersion })}
          </footer>
        )}
      </div>
    </main>
  );
}
