import { getManyOperation } from '../dataObject/getMany.operation';
import { defineResource } from '../resource';
import { OBJECTS } from '../../transport/paths';
import * as create from './create.operation';
import * as update from './update.operation';

/**
 * Timeline activities: written through the Timeline API, read as the `activity_timeline` object
 * through the data-object engine's Get Many (the query API, 5,000 a call).
 */
const getMany = getManyOperation({
	resource: { name: 'Timeline Activity', value: 'timeline' },
	object: OBJECTS.timelineActivity,
	singular: 'timeline activity',
	plural: 'timeline activities',
	recordLocator: { name: 'activityId', displayName: 'Activity', searchMethod: 'searchObjectRecords' },
	// the writes take the author by e-mail (Author); the object stores the user's GSID (AuthorId)
	readThrough: { field: 'AuthorId', read: 'Email', as: 'Author' },
});

export const timeline = defineResource({ name: 'Timeline Activity', value: 'timeline' }, 'create', [create, update, getMany], () => OBJECTS.timelineActivity);
