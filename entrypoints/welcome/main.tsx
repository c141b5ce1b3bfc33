import { createRoot } from 'react-dom/client';
import '../../components/ui/ui.css';
import '../../components/welcome/welcome.css';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';

createRoot(document.getElementById('root')!).render(<WelcomeApp />);
