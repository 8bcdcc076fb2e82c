/**
 * The canvas subtitle, "Get Many: Playbook": the names the pickers show, not their values
 * ("getMany: playbook"). n8n evaluates it as an expression with the node's parameters: a flat map
 * from "resource:operation" to the text (flat, so no "}}" ends the expression early).
 */
import type { ResourceModule } from './resource';

export function canvasSubtitle(resources: readonly ResourceModule[]): string {
	const names = Object.fromEntries(
		resources.flatMap(({ resource, operations }) =>
			Object.entries(operations).map(([value, module]) => [`${resource.value}:${value}`, `${module.operation.name}: ${resource.name}`]),
		),
	);
	return `={{ (${JSON.stringify(names)})[$parameter["resource"] + ":" + $parameter["operation"]] || $parameter["operation"] + ": " + $parameter["resource"] }}`;
}
