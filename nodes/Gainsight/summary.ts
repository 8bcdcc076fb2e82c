/**
 * What the Gainsight CS node does, in one line. n8n's nodes panel lists the trigger's actions under
 * the action node and shows the TRIGGER's description for both (its node creator merges a
 * "…Trigger" node into the node of the same name), so both nodes carry this one line.
 */
export const NODE_DESCRIPTION =
	'Read and write Gainsight CS companies, people, relationships, custom objects, CTAs, tasks, playbooks, success plans, timeline activities and goals, and start workflows when they change';
