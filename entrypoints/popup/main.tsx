import { render } from 'preact';
import '../../src/ui/common/theme.css';
import '../../src/ui/popup/popup.css';
import { Popup } from '../../src/ui/popup/Popup';
import { uiLangFor } from '../../src/ui/common/ui-lang';

render(<Popup initialLang={uiLangFor(null)} />, document.getElementById('app')!);
