/** French starter bodies (amazon.fr, amazon.com.be), "vous". */
import type { StarterBodies } from './keys';

const hello = 'Bonjour {{buyer_name}},\n\n';
const bye = '\n\nCordialement,\n{{store_name}}';

export const FR: StarterBodies = {
  'where-is-my-order': hello
    + 'Nous vous remercions pour votre message concernant la commande {{order_id}}. Après vérification, votre commande est bien en cours d\'acheminement. '
    + 'Vous pouvez suivre son statut à tout moment dans votre compte Amazon, rubrique « Vos commandes ». '
    + "Si elle ne vous est pas parvenue à la date de livraison maximale indiquée, il vous suffit de répondre à ce message et nous contacterons aussitôt le transporteur."
    + bye,

  'where-is-my-order-fbm': hello
    + 'Nous vous remercions pour votre message concernant la commande {{order_id}}. Votre colis a été expédié et il est en cours d\'acheminement. '
    + 'Le numéro de suivi est le {{tracking_number}} ; vous pouvez également suivre son statut dans votre compte Amazon, rubrique « Vos commandes ». '
    + 'Si le colis ne vous est pas parvenu à la date de livraison prévue, merci de nous le signaler et nous contacterons directement le transporteur.'
    + bye,

  'return-refund': hello
    + 'Nous vous remercions pour votre message concernant la commande {{order_id}} et sommes désolés que l\'article « {{product_name}} » ne vous convienne pas. '
    + 'Vous pouvez demander le retour dans votre compte Amazon, rubrique « Vos commandes » : sélectionnez la commande et suivez les étapes de retour pour obtenir votre étiquette. '
    + 'Dès que l\'article nous sera parvenu, le remboursement sera effectué et Amazon vous enverra une confirmation. '
    + 'Pour toute question, il vous suffit de répondre à ce message.'
    + bye,

  'cancel-order': hello
    + 'Nous vous remercions pour votre message. Nous avons bien reçu votre demande d\'annulation de la commande {{order_id}}. '
    + 'Si la commande n\'a pas encore été expédiée, nous l\'annulons immédiatement et aucun montant ne vous sera débité. '
    + 'Si le colis est déjà en route, nous ne pouvons malheureusement plus l\'arrêter. '
    + 'Dans ce cas, vous pouvez refuser la livraison ou retourner le colis via « Vos commandes », et nous vous rembourserons dès son retour chez nous.'
    + bye,

  'address-change': hello
    + 'Nous vous remercions pour votre message concernant la commande {{order_id}}. '
    + 'Pour votre sécurité, nous ne pouvons expédier qu\'à l\'adresse enregistrée dans la commande sur Amazon et ne pouvons donc pas la modifier nous-mêmes. '
    + 'Si la commande n\'a pas encore été expédiée, nous pouvons l\'annuler afin que vous puissiez la passer à nouveau avec la bonne adresse. '
    + 'Merci de nous indiquer en réponse à ce message si vous souhaitez que nous procédions ainsi.'
    + bye,

  'product-question': hello
    + 'Nous vous remercions pour votre question et pour l\'intérêt que vous portez à notre produit. '
    + 'La description et les caractéristiques techniques sur la page du produit indiquent les dimensions exactes, les matériaux et le contenu de l\'emballage. '
    + 'Si vous n\'y trouvez pas l\'information recherchée, ou si vous souhaitez que nous vérifiions un point précis, n\'hésitez pas à nous en dire un peu plus en réponse à ce message. '
    + 'Nous vous répondrons dans les meilleurs délais.'
    + bye,

  'product-issue': hello
    + 'Nous sommes vraiment désolés d\'apprendre que vous rencontrez un problème avec l\'article « {{product_name}} » de votre commande {{order_id}}, et nous souhaitons le régler rapidement. '
    + 'Pourriez-vous nous décrire brièvement le problème et, si possible, joindre une photo à votre réponse ? '
    + 'Après examen, nous vous proposerons la meilleure solution, par exemple un remplacement ou un remboursement.'
    + bye,

  invoice: hello
    + 'Nous vous remercions pour votre message. Vous trouverez ci-joint la facture de votre commande {{order_id}}. '
    + 'Si vous avez besoin d\'une facture à un autre nom, au nom d\'une société ou avec un numéro de TVA, merci de nous communiquer ces informations en réponse à ce message. '
    + 'Nous vous enverrons alors une facture corrigée.'
    + bye,

  'feedback-review': hello
    + 'Nous vous remercions d\'avoir pris le temps de nous faire part de votre expérience avec la commande {{order_id}}. '
    + 'Nous sommes désolés que tout ne se soit pas passé comme prévu, et nous prenons vos remarques très au sérieux. '
    + 'Nous aimerions arranger les choses : pourriez-vous nous expliquer en réponse à ce message ce qui n\'a pas fonctionné ? '
    + 'Nous ferons tout notre possible pour trouver une solution.'
    + bye,

  other: hello
    + 'Nous vous remercions pour votre message et serons ravis de vous aider. '
    + 'Afin de vous apporter une réponse précise, pourriez-vous nous donner quelques détails supplémentaires sur votre demande ? '
    + 'S\'il s\'agit d\'une commande, merci d\'indiquer également son numéro.'
    + bye,

  'review-request': hello
    + 'Nous espérons que votre commande {{order_id}} vous est bien parvenue. '
    + 'Si vous avez un moment, nous vous serions reconnaissants de partager sur Amazon votre avis sincère sur l\'article « {{product_name}} ». '
    + 'Chaque avis aide les autres clients à faire leur choix et nous aide à nous améliorer. '
    + 'Merci pour votre achat.'
    + bye,

  'away-message': hello
    + 'Merci pour votre message. Notre équipe est actuellement absente, notre réponse peut donc prendre un peu plus de temps que d’habitude. '
    + 'Nous lirons votre message et vous répondrons en détail dès notre retour. '
    + 'Pour la livraison, les retours ou les remboursements, la rubrique « Vos commandes » de votre compte Amazon indique à tout moment l’état de votre commande.'
    + bye,
};
