/**
 * JSON Schemas (draft 2020-12) of the scheme, org and evidence formats, for front-ends that check
 * forms before a document reaches the library. They are generated from the readers and the model's
 * vocabularies, with each registered rule's parameters ({@link dev.mofan.core.spi.ParamsSchema}); the
 * readers stay the judge of everything a schema cannot say (references, unique ids, sums).
 */
package dev.mofan.core.schema;
