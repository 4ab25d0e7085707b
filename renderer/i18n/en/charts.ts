import type { chartsVi } from '../vi/charts';

/** English text of the charts screen. */
export const chartsEn: typeof chartsVi = {
  charts: {
    heading: (year) => `Charts ${year}`,
    noYear: 'No year is set up yet — create one under Years & rules, or load the demo data under Cluster & members.',
    noMembers: 'This year has no member units yet.',
    member: 'Member',
    points: 'points',
    loading: 'Loading the charts…',
    totals: {
      title: 'Totals by member (in rank order)',
      series: 'Total',
      max: (max) => `Maximum ${max}`,
    },
    profile: {
      title: (name) => `Share of each section’s maximum: ${name} against the cluster average`,
      member: 'Member',
      average: 'Cluster average',
      axis: '% of the section maximum',
    },
    history: {
      title: (name) => `Totals year over year: ${name}`,
      indicatorTitle: (indicator) => `${indicator} year over year`,
      indicator: 'Indicator',
      own: 'The unit’s own figures',
      aggregated: 'Summed from the provinces before the merger',
      aggregatedNote: (year, names) => `${year}: summed from the provinces before the merger (${names}).`,
      ofMax: (max, share) => `of a maximum of ${max} (${share})`,
      none: 'no data',
      loading: 'Loading the other years…',
      loadFailed: (message) => `Could not load the other years: ${message}`,
      noIndicators: 'This year has no indicators.',
      percentNote: 'Percentages do not add up, so years before the merger are left empty.',
    },
  },
};
