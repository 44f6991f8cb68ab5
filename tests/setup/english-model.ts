// Every test process parses English with wink-nlp's model read from the data file the extension packages
// (src/engine/node-english-model.ts), as the CLI does; the extension's engine fetches the same file.
import { useNodeEnglishModel } from '../../src/engine/node-english-model';

useNodeEnglishModel();
