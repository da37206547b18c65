// The overview route: the organisation's headline CX metrics for the chosen unit.
import { useCatalog } from '@/api/queries/catalog';
import { useUnitParam } from '@/lib/url-state';
import { HeadlineOverview } from './components/headline-overview';
import './overview.css';

export function OverviewPage() {
  const catalog = useCatalog();
  const unit = useUnitParam(catalog.data);
  if (!catalog.data) return null; // the layout shows the catalog's loading and error states
  return <HeadlineOverview catalog={catalog.data} unitId={unit.id} />;
}
