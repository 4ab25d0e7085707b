/**
 * The app's one start-up stylesheet: every screen's styles, in the order they have always been applied, then the
 * shell's (styles.css) last. They load with the shell, not with each screen, because some screens' styles reach
 * beyond their screen (grid.css restyles the shared .badge and .muted; grid.css and ranking.css both define
 * .badge-unreviewed): split per screen, a screen's look would depend on which screens were opened before it.
 * Together they are ~20 KB (5 KB gzipped). The charts' stylesheet still comes with the charts (ChartsBody).
 */
import '../features/year-setup/year-setup.css';
import '../features/criteria/criteria.css';
import '../features/indicators/indicators.css';
import '../features/grid/grid.css';
import '../features/ranking/ranking.css';
import '../features/settings/settings.css';
import '../features/awards/awards.css';
import '../features/ballots/ballots.css';
import '../features/leadership/leadership.css';
import '../features/pledges/pledges.css';
import '../features/audit/audit.css';
import '../features/excel/excel.css';
import '../features/documents/documents.css';
import '../features/clusters/members.css';
import '../styles.css';
