/** The core flows (support/engines/core-flows.ts) in firefox, as deployed: one phone, one browser. */
import { describeCoreFlows } from './support/engines/core-flows.ts';
import { itReadsAGalleryReceipt } from './support/engines/receipt-flow.ts';

itReadsAGalleryReceipt(describeCoreFlows('firefox'), 'fr');
