/** French keywords (folded: accents removed, œ -> oe; "n'ai" -> n ai). */
import type { KeywordTable } from '../patterns.ts';

export const FR: KeywordTable = {
  'where-is-my-order': 'ou est ~ commande:4|ou est ~ colis:4|ou en est:3.5|pas ~ recu:3|toujours rien:3|rien recu:3'
    + '|jamais recu:3|pas ~ arrive:3|suivi:2.5|tracking:2.5|livre mais:2.5|marque comme livre:3|indique ~ livre:2.5|expedie*:1.5'
    + '|confirmation d expedition:2|retard:2|quand ~ recevoir:2.5|quand ~ arriver:2.5|quand ~ livr*:2.5|j attends:2|attends:1'
    + '|colis:1|transporteur:1.5|livreur:1.5|boite aux lettres:1.5|perdu:2|livraison sous:1.5|plus rien:2|toujours pas:1'
    + '|statut de ma commande:3|etat de ma commande:3|quand sera ~ livre*:2|devait arriver:2.5|aurait du arriver:3'
    + '|pas ~ livre:2.5|jamais arrive*:3|toujours en attente:2|en cours de livraison:1.5|douane:1.5|pas ~ expedie*:2'
    + '|deja expedie*:2.5|a ete expedie*:2|ete envoye*:2|quand ~ expedie*:2.5|quand ~ expedier:2.5'
    + '|quand ~ envoye*:2|colis ~ bloque*:2|bloque* au:1|centre de tri:2|depot:1.5|des nouvelles:1.5'
    + '|devait etre livre*:2.5|aurait du etre livre*:3'
    + '|sera expedie*:2.5|lien de suivi:2|numero de suivi:2|livraison ~ prevue:2.5|etait prevue:2|indique ~ remis:2|colissimo:1.5|du nouveau:2.5|deja parti*:3|est parti*:2|en preparation:2|arrive quand:3'
    + '|pas arrivee:3|pas arrive*:2|bien partie:2.5|mail d expedition:2|depose:1.5|quand ca arrivera:3|arrivera:2|le statut:2|reparti chez l expediteur:3|avis de passage:2|colis n arrive pas:2.5',
  'return-refund': 'rembours*:3.5|!retourn*:3|retour:3|!renvoy*:3|!renvoi*:2.5|!echang*:3|argent:1.5|rendre:1.5|!restitu*:2.5'
    + '|ne me plait pas:1|ne convient pas:1|trop petit*:1|trop grand*:1|taille:0.5'
    + '|remplacer ~ taille:2|retractation:3|bon de retour:1'
    + '|mon argent:2.5',
  'cancel-order': '!annul*:4|!cancel*:3|deux fois:1|change d avis:1.5|je me suis trompe:1|avant l expedition:1'
    + '|pas encore expedie*:1.5'
    + '|stopper la commande:2|arreter la commande:2.5|ne pas expedier:2'
    + '|ne l envoyez pas:3|n envoyez pas:2.5|plus besoin:1.5',
  'address-change': 'adress*:2.5|code postal:2.5|rue:1.5|avenue:1.5|boulevard:1.5|appartement:2|apt:1.5|code de la porte:2'
    + '|digicode:2.5|batiment:1.5|etage:1|demenag*:2|autre adresse:1|chez moi:0.5|chez un voisin:1'
    + '|point relais:2|relais:1.5|point de retrait:2|au bureau:1'
    + '|a la place:1|plutot a:1.5|sejourn*:1'
    + '|chez mes parents:2|peut aller chez:2|voisine:2|bureau de poste:2.5'
    + '|au nom de:1.5|livre a mon travail:2.5|a mon travail:2|trompe de ville:2.5|de ville:1',
  'product-question': 'compatib*:3|dimension*:3|mesure*:2|combien:1.5|poids:2|matiere:2.5|lavable:2.5|en stock:3|disponib*:2'
    + '|comment fonctionne:2.5|comment utiliser:2.5|comment ~ utilise*:2|comment ~ monter:2|comment ~ regler:2|notice:1.5'
    + '|mode d emploi:2|garantie:1.5|avez vous:2|est ce que:1.5|fonctionne ~ avec:2|question:1.5|220v:1.5|rentre dans:2'
    + '|peut on:1.5|?:0.5'
    + '|quelle taille:2.5|guide des tailles:3|combien de temps:1|autonomie:2|peut on utiliser:1|fourni*:1'
    + '|livre avec:2|fonctionne t il:2|convient il:2|convient pour:2|adapte*:2|couleur*:1|coloris:1.5|reassort:2.5'
    + '|utilisation:1|utiliser:1.5|piles:1|voltage:2'
    + '|combien pese:3|pese:2|autres tailles:2.5|autres couleurs:2.5|autres coloris:2.5|existe t il:2|existe en:2'
    + '|disponible en:2|machine a laver:2.5|en machine:2|seche linge:2|exterieur:1.5|fiche produit:1'
    + '|description:1|annonce:1|vendez vous:2.5|pieces detachees:2|piece de rechange:2|tissu:1|en quoi est:2.5'
    + '|vrai cuir:3|cuir:1.5|taille petit:2.5|taille normal*:2.5|taille grand:2.5|lave vaisselle:2.5|marche avec:2.5|il y a un:1.5|chargeur:1'
    + '|meme taille:2.5|livre monte:2.5|il faut des outils:2.5|memoire de forme:2.5|ira pour:2|waterproof:2|nombre de fils:3|de nouveau la:2|vendus a part:3|vendu a part:3',
  'product-issue': 'cass*:2.5|!endommag*:2.5|abim*:2.5|defectu*:2.5|defaut*:2.5|fonctionne pas:3|fonctionne plus:3|marche pas:3'
    + '|marche plus:3|allume pas:3|allume plus:3|en panne:3|panne:2|mauvais article:3|mauvais produit:3|mauvaise couleur:2'
    + '|ne correspond pas:2|manque*:2.5|manquant*:2.5|incomplet:2.5|rayure*:2|raye*:2|fele:2|felee:2|fuite:2.5|fuit:2.5'
    + '|bruit*:2|ne tient plus:2.5|decu:1|qualite:1|!remplacement:2|lignes:1|tache*:1.5|pas dans la boite:2|au lieu de:1.5'
    + '|c est du:1|retarde:1.5'
    + '|ne charge pas:3|ne charge plus:3|brise*:2.5|dechir*:2.5|tordu*:2|bosse*:1.5|sale:1.5|contrefacon:2.5'
    + '|perime*:2.5|moisi*:2|chauffe:2|surchauffe:2.5|probleme:1.5|pas le bon:2.5|pas la bonne:2|non conforme:2.5'
    + '|different de:1.5|s ouvre pas:2|se ferme pas:2'
    + '|decousu*:2.5|couture*:1.5|s est defait*:2|effiloch*:2|troue*:2|trou:1.5|semble use*:2.5|parait use*:2.5'
    + '|deja utilise*:2.5|deja servi:2.5|d occasion:2|deja ouvert*:2|colis ~ ouvert:2|emballage ~ ouvert:2'
    + '|odeur*:2|sent fort:2|sent mauvais:2.5|chimique*:2|est ce normal:1.5|c est normal:1.5|pas normal:2'
    + '|photo*:1|image*:1|ressemble pas:2|mauvaise qualite:2.5|qualite mediocre:2.5|mediocre:2|bas de gamme:2'
    + '|cesse de fonctionner:3|apres ~ jours:1|apres ~ utilisation*:1|premiere utilisation:1'
    + '|fissur*:2.5|pas de son:3'
    + '|la moitie:2|se connecte pas:2.5|produit completement different:2.5|completement different:2|s ecaille:2.5|retreci:2.5|tient pas:2|pas de notice:2',
  invoice: 'factur*:4|tva:2|comptabilit*:2|societe:1|siret:2|note de frais:2|justificatif:2.5|ticket de caisse:3'
    + '|un recu:2.5|impots:2'
    + '|copie du ticket:3|ticket:1.5',
  'feedback-review': 'avis:3|change d avis:-3|a mon avis:-3|evaluation*:3|commentaire*:2.5|note:1.5|etoile*:2.5|feedback:3'
    + '|noter:2'
    + '|laisser ~ avis:1.5|laisse ~ avis:1|laisser ~ evaluation:1.5|demande* ~ avis:1.5|supprimer ~ avis:1.5'
    + '|modifier ~ avis:1.5|retirer ~ avis:1.5|avis negatif:1.5|avis positif:1.5|mauvais avis:1.5'
    + '|mauvaise note:1.5|evaluation ~ vendeur:1.5'
    + '|mon evaluation:2|en positif:1.5',
  other: 'merci:0.5|merci beaucoup:1|d accord:1.5|ok:1|bonne journee:1|joyeux noel:3|bonne annee:3|partenariat*:3'
    + '|collaboration:3|nous proposons:2.5|services de:1.5|publicit*:2|agence:2|offre de:1'
    + '|prix de gros:2|vente en gros:2|grossiste:1.5|grandes quantites:1.5'
    + '|fabricant:1.5|revendeur:1.5|fournisseur:2'
    + '|distributeurs:2.5|distributeur:2|pieces directement:2|liste de diffusion:2|retirer de votre liste:2.5|mauvais vendeur:2.5|venir le chercher:2.5|catalogue:2',
};
