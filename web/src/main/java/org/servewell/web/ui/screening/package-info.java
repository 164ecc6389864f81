/**
 * HR's screening screens: the candidate list, a candidate's page with the panel's picture
 * and the decision, candidates for a position side by side, and interviewer agreement.
 */
package org.servewell.web.ui.screening;
