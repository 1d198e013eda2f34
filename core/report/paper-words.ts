// The Word paper's own words: its cover's subtitle and the note under a chart drawn in words. Pure.

/** The Word paper's subtitle on its cover. */
export const paperSubtitle = 'Performance against the Police and Crime Plan: paper for the Police and Crime Panel';

/** Said under a chart that could not be drawn as an image. */
export const chartInWordsNote = 'The chart is described in words: no browser was available to draw it when this paper was made.';
