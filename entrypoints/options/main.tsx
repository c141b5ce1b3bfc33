import { createRoot } from 'react-dom/client';
import '../../components/ui/ui.css';
import '../../components/options/options.css';
import { OptionsApp } from '../../components/options/OptionsApp';

createRoot(document.getElementById('root')!).render(<OptionsApp />);
