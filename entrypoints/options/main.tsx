import { render } from 'preact';
import '../../src/ui/common/theme.css';
import '../../src/ui/options/options.css';
import { Options } from '../../src/ui/options/Options';
import { uiLangFor } from '../../src/ui/common/ui-lang';

render(<Options initialLang={uiLangFor(null)} />, document.getElementById('app')!);
