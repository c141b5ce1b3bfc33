import { createRoot } from 'react-dom/client';
import '../../components/ui/ui.css';
import '../../components/popup/popup.css';
import { PopupApp } from '../../components/popup/PopupApp';

createRoot(document.getElementById('root')!).render(<PopupApp />);
