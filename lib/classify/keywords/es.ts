/** Spanish keywords (folded: accents removed, ñ -> n). */
import type { KeywordTable } from '../patterns.ts';

export const ES: KeywordTable = {
  'where-is-my-order': 'donde esta ~ pedido:4|donde esta ~ paquete:4|donde esta:2|no ~ llegado:3|sin llegar:3|no ~ llega*:2'
    + '|no ~ recibido:2.5|seguimiento:3|tracking:2.5|entregado:1.5|pone que ~ entregado:2|enviado mi:2|han enviado:2'
    + '|confirmacion de envio:2|retraso:2.5|cuando llega*:3|cuando ~ llegar*:2.5|cuando ~ recibir*:1.5|transportista:1.5'
    + '|mensajero:1.5|correos:1|esperando:1.5|paquete:1|perdido:2'
    + '|todavia no:1|aun no:1|estado del pedido:3|estado de mi pedido:3|estado del envio:3|cuando ~ envia*:2'
    + '|tenia que llegar:3|deberia haber llegado:3|debia llegar:3|no lo tengo:2|aduana:1.5|en reparto:1.5'
    + '|localizador:2'
    + '|ya ~ enviado:2|ha sido enviado:2|se ha enviado:2|cuando se envia*:2.5|ya salio:2|paquete ~ atascad*:2'
    + '|paquete ~ parado:2|retenido:2|centro de distribucion:2|almacen:1|novedades:1.5|lleva ~ dias:1.5'
    + '|deberia estar aqui:2.5'
    + '|estaba prevista:2.5|entrega ~ prevista:2.5|novedad:2|ha salido:2.5|sin paquete:3'
    + '|fecha prevista:2.5|preguntar a la agencia:2|dejado:1.5|vuelto al remitente:3|llegado a enviar:3|llega esta:1.5',
  'return-refund': 'reembols*:3.5|!devol*:3|!devuelv*:3|devuelt*:2.5|!cambiar*:1|!cambio:1.5|dinero:1.5|talla:1|talla mas:1.5'
    + '|queda pequen*:1.5|queda grande:1.5|reintegr*:2.5|abono:2'
    + '|cambiarlo por:2|cambiar por:1.5|desistimiento:3|no me queda bien:1.5'
    + '|cambiar ~ por:2',
  'cancel-order': '!cancel*:4|!anul*:4|dos veces:1|cambie de opinion:1.5|ya no lo necesito:1|antes de ~ envi*:1'
    + '|aun no ha sido enviado:1.5'
    + '|no lo envien:2|no enviar:1.5|parar el pedido:2'
    + '|parar el pedido:3',
  'address-change': 'direccion*:2.5|codigo postal:2.5|cp:1.5|portal:2|piso:1.5|puerta:1|escalera:1|calle:1.5|avenida:1.5'
    + '|otra direccion:1|me he mudado:2|mudanza:2|izquierda:0.5|derecha:0.5'
    + '|punto de recogida:2|oficina de correos:1|entregar en:1|enviarlo a:1|destinatario:1'
    + '|mandarlo a:1|enviar a:1|en su lugar:1|alojad*:1'
    + '|casa de mis padres:2.5|mis padres:1.5|vecina:2|vecino:1.5|a la oficina de correos:1.5'
    + '|a nombre de:2|entregar en mi trabajo:2.5|mi trabajo:2|de ciudad:2',
  'product-question': 'compatib*:3|medida*:2.5|dimensiones:3|cuanto:1|peso:1.5|material:2.5|disponible:2|stock:2.5'
    + '|como se usa:3|como se monta:3|como se configura:3|como funciona:3|como se:1.5|instrucciones:1.5|manual:1.5'
    + '|garantia:1.5|tienen:1.5|cabe:2|lavable:2.5|color:0.5|?:0.5'
    + '|que talla:2.5|guia de tallas:3|tabla de tallas:3|cuanto dura:1.5|incluye:1.5|viene con:2|sirve para:2'
    + '|se puede:1.5|funciona con:2|apto:2|adecuad*:2|colores:1|quisiera saber:1.5|me gustaria saber:1.5'
    + '|pregunta:1.5|informacion:1|usar:1|utilizar:1'
    + '|cuanto pesa:3|pesa:2|otras tallas:2.5|otros colores:2.5|otros tamanos:2.5|otras medidas:2.5'
    + '|disponible en:1|lavadora:2.5|lavar a maquina:2|secadora:2|exterior:1.5|aire libre:1.5'
    + '|ficha del producto:1|descripcion:1|anuncio:1|venden:2|piezas de repuesto:2|repuesto*:1.5|recambio*:1.5'
    + '|tela:1|que material:2'
    + '|piel autentica:3|piel:1.5|talla pequen*:2.5|talla normal:2.5|talla grande:2.5|cuantos kilos:3|aguanta:2'
    + '|mismo tamano:2.5|viene montado:3|hacen falta herramientas:2.5|viscoelastico:2.5|cuantas:1.5|le vale:2.5|resistente al agua:2.5|volvera a haber:3|usb c:2|se venden aparte:3|aparte:1',
  'product-issue': 'roto:2.5|rota:2.5|rotos:2.5|rompio:2.5|defectuos*:2.5|danad*:2.5|no funciona:3|no enciende:3|no carga:2.5'
    + '|averiad*:2.5|estropead*:2.5|equivocad*:2|distinto:2.5|diferente:2|falta*:2.5|incomplet*:2.5|rayad*:2|aranaz*:2'
    + '|mala calidad:2.5|calidad:1|se descarga:2|no es normal:2|ruido:2|gotea:2|uno nuevo:1|!sustitu*:2|!reemplaz*:2'
    + '|en lugar de:1.5'
    + '|rajad*:2|abollad*:2|manchad*:2|sucio:1.5|usado:1.5|falsificad*:2.5|caducad*:2.5|moho:2|se calienta:2'
    + '|sobrecalient*:2.5|problema:1.5|no es el que:2|no corresponde:2|no coincide:1.5'
    + '|costura*:2|descosid*:2.5|deshilachad*:2|despegad*:2|se solto:2|agujero:1.5|parece usado:2.5|ya usado:2'
    + '|ya abierto:2|caja abierta:2|paquete abierto:2|olor:2|huele:2|quimic*:2|es normal:1.5|foto*:1|imagen*:1'
    + '|no se parece:2|no se corresponde:2|baja calidad:2.5|calidad ~ mala:1.5|malisima:2|dejo de funcionar:3'
    + '|dejado de funcionar:3|ya no funciona:3|despues de ~ dias:1|primer uso:1'
    + '|no suena:3|pierde agua:3|pierde:1.5|en vez de:1.5'
    + '|se partio:2.5|la mitad:2|no conecta:2.5|desconchando:2.5|encogio:2.5|no dura:2',
  invoice: 'factur*:4|recibo*:3|ticket:2|nif:2|cif:2|iva:1.5|razon social:2|datos fiscales:2.5|empresa:1|autonomo:1.5'
    + '|comprobante:2.5|justificante:2.5',
  'feedback-review': 'resena*:3|valoracion*:3|opinion*:2.5|de opinion:-2.5|estrella*:2.5|feedback:3|review:3|comentario*:1.5'
    + '|valorar:2.5|puntuacion:2.5'
    + '|puntuar:2|calificacion:2.5|calificar:2'
    + '|dejar ~ resena*:1.5|dejar ~ valoracion*:1.5|dejar ~ opinion*:1.5|eliminar ~ resena*:1.5'
    + '|borrar ~ resena*:1.5|quitar ~ resena*:1.5|modificar ~ resena*:1.5|cambiar ~ resena*:1.5'
    + '|resena negativa:1.5|resena positiva:1.5|valoracion negativa:1.5|pidiendo ~ resena*:1.5'
    + '|piden ~ resena*:1.5|solicit* ~ resena*:1.5'
    + '|valore:2.5|valorado:2.5|valoro:2.5'
    + '|mi valoracion:2|a positiva:1.5',
  other: 'gracias:0.5|muchas gracias:1|vale:1|ok:1|felices fiestas:3|feliz navidad:3|ofrecemos:2.5|servicios:1'
    + '|colaboracion:3|agencia:2|somos una empresa:2.5'
    + '|al por mayor:2|mayorista*:1.5|grandes cantidades:1.5'
    + '|precios al por mayor:1'
    + '|distribuidores:2.5|revendedores:1.5|vendedor equivocado:3|catalogo:2|quitadme:2|pasar a recogerlo:2.5',
};
