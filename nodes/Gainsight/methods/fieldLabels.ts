/**
 * How a field is named in the pickers and the column mapper: its label as n8n writes names
 * ("Company ID", not Gainsight's "Company Id"), without the API name, which the field pickers give
 * in each option's description; the API name only where the field has no label, or shares its
 * label with another field of the object.
 */
import type { FieldMeta } from '../transport/metadata';

const asN8nWrites = (label: string) => label.trim().replace(/\bId\b/g, 'ID').replace(/\bGsid\b/g, 'GSID');

/** Field API name → the name shown. */
export function fieldLabels(fields: FieldMeta[]): Map<string, string> {
	const labelOf = (field: FieldMeta) => (field.label?.trim() ? asN8nWrites(field.label) : field.fieldName);
	const uses = new Map<string, number>();
	for (const field of fields) uses.set(labelOf(field).toLowerCase(), (uses.get(labelOf(field).toLowerCase()) ?? 0) + 1);
	return new Map(
		fields.map((field) => {
			const label = labelOf(field);
			return [field.fieldName, label !== field.fieldName && (uses.get(label.toLowerCase()) ?? 0) > 1 ? `${label} (${field.fieldName})` : label];
		}),
	);
}
