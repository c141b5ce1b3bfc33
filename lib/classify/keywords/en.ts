/** English keywords (folded text: lower case, contractions expanded: "hasn't" -> "has not"). */
import type { KeywordTable } from '../patterns.ts';

export const EN: KeywordTable = {
  'where-is-my-order': 'where is my order:4|where is my package:4|where is my parcel:4|where ~ order:2|where ~ package:2.5'
    + '|where ~ parcel:2.5|where ~ delivery:2|where ~ item:1.5|not ~ arrived:3|not ~ arrive:2.5|not ~ received:3|not ~ recieved:3'
    + '|not ~ receive:2|never ~ received:3|never ~ arrived:3|not ~ shown up:3|still ~ waiting:2|not here:2.5|tracking:2.5|track*:1.5'
    + '|in transit:2.5|shipping confirmation:2|dispatch confirmation:2|been shipped:2|been dispatched:2|has it ~ shipped:2'
    + '|says delivered:3|marked ~ delivered:2.5|shows ~ delivered:2.5|delivered but:2|late:1.5|delay*:1.5|expected delivery:2'
    + '|when will ~ arrive:3|when ~ arrive:2|when ~ receive:1.5|any update:2|update on my:2|courier:1.5|carrier:1.5|lost:1.5'
    + '|not ~ delivered:2|yet to receive:2.5|eta:2|delivery date:1.5|on its way:1.5'
    + '|not ~ come:2|not ~ got:1.5|shipment:1|shipping status:2.5|order status:2|status of my order:3|where s:2'
    + '|tracking number:1|lost in the post:2|out for delivery:2|customs:1.5|supposed to arrive:2.5'
    + '|should have arrived:3|package:0.5|parcel:0.5'
    + '|shipped yet:3|dispatched yet:3|sent out yet:3|has ~ shipped:2|has ~ been sent:2|when ~ ship:2.5|when ~ dispatch*:2.5'
    + '|supposed to be here:2.5|should be here by:2.5|supposed to ~ arrive:1.5|due to arrive:2|stuck in:1.5|stuck at:1.5|depot:1.5|sorting*:1.5'
    + '|where ~ stuff:2.5|when ~ coming:2.5|when ~ be shipped:3|when ~ be dispatched:3|preparing for dispatch:2|meant to be here:3|meant to arrive:3|turned up:2.5|any news:2|estimated delivery:2.5|on the way:2|safe place:2|driver:1.5',
  'return-refund': 'refund*:3.5|!return:2.5|!returning:2.5|returned:2.5|returns:2|!send ~ back:3|sent ~ back:2.5|!exchange*:2.5'
    + '|money back:3|!swap:2|return label:1|reimburs*:2.5|different size:1.5|smaller size:1.5|bigger size:1.5|larger size:1.5'
    + '|too big:1|too small:1|too tight:1|too large:1|not fit:1|not what i expected:1'
    + '|return policy:2|rma:3|return window:2|credit:1'
    + '|posted ~ back:3|my money:2.5',
  'cancel-order': '!cancel*:4|call off:2|changed my mind:1.5|by mistake:1|ordered twice:1.5|duplicate order:2|identical orders:2'
    + '|found it cheaper:1|no longer need:1|before ~ ship*:1|already bought:1'
    + '|stop the order:2.5|stop the shipment:2|withdraw ~ order:2'
    + '|cancle*:4|do not send:2.5|do not ship:2.5|not need it anymore:1.5|void ~ order:3|scrap ~ order:3',
  'address-change': 'address*:2.5|addres:2.5|adress*:2.5|postcode:2.5|post code:2.5|zip:2|postal code:2.5|!change ~ address:2'
    + '|wrong address:2|new address:2|old address:2|redirect*:2.5|ship to:1.5|send it to:1.5|deliver ~ to:1|apartment number:2.5'
    + '|flat number:2.5|house number:2.5|unit:1|apt:1.5|street:1.5|moved:1.5|moving house:2|work address:1'
    + '|deliver it to:1.5|pickup point:1.5|locker:1.5|typo:1'
    + '|to ~ instead:1.5|staying:1|i will be away:1'
    + '|neighbour:1.5|neighbor:1.5|go to my:1|deliver there:2|staying at:1.5|delivery instructions:2.5|reception:1.5',
  'product-question': 'compatib*:3|work with:2|works with:2|dimension*:3|measurement*:2.5|how big:2.5|how many:1.5|how much:1'
    + '|how do i:2.5|how to:2|how does:2|can i use:2.5|manual:1.5|instructions:1.5|in stock:3|back in stock:1|availab*:1.5'
    + '|material:2.5|made of:2.5|suitable for:2.5|waterproof:2|dishwasher:2|washable:2|watts:2|voltage:2|warranty:1.5'
    + '|does it:2|does this:2|is it:1|is this:1.5|do you sell:2.5|do you have:2|pair:1.5|bluetooth:1|weight:1.5|question:1.5'
    + '|thermostat:1|allergy:1|allergic:1|?:0.5'
    + '|what size:2|which size:2|size chart:3|size guide:3|battery life:2|does it come with:2.5|come with:1.5'
    + '|can it:1.5|will it:1.5|will this:1.5|is there:1|are they:1|colours:1|colors:1|capacity:2|specification*:2.5'
    + '|specs:2.5|spare*:1.5'
    + '|how heavy:3|how tall:2.5|how wide:2.5|how long is:2|weigh*:1.5|other sizes:2.5|other colours:2.5|other colors:2.5'
    + '|different sizes:2|different colours:2|different colors:2|come in:1.5|comes in:1.5|available in:2|listing:1|description:1'
    + '|be washed:2.5|machine wash*:2.5|washing machine:2.5|tumble dry*:2|iron it:1.5|made from:2.5|fabric:1|outdoor use:2|outdoors:1.5'
    + '|true to size:3|run* small:1.5|run* large:1.5|run* big:1.5|bpa:2|included:1.5',
  'product-issue': 'broken:2.5|broke:2.5|!damage*:2.5|defect*:2.5|faulty:2.5|crack*:2.5|scratch*:2|not work*:3|stopped working:3'
    + '|wrong item:3|wrong product:3|wrong colour:2|wrong color:2|received ~ wrong:2.5|instead of:1.5|but i ordered:2.5'
    + '|ordered ~ got:1.5|missing:2.5|not included:2|not in the box:2|leak*:2|noise:2|error:1.5|overheat*:2|gets ~ hot:1.5'
    + '|stops charging:2|not turn:2|not switch on:3|not charg*:2|dead:2|poor quality:2|quality:1|disappointed:1'
    + '|coming apart:2|fell apart:2|torn:2|stain*:1.5|different from the picture:2.5|not as described:2.5|!replacement:2'
    + '|new one:1|send ~ new:1.5|flicker*:2|peel*:1.5|rust*:1.5|smell*:1.5|stuck:1|is this normal:1.5'
    + '|not turn on:1|smashed:2.5|shattered:2.5|dented:2|bent:2|ripped:2|hole:1.5|fake:2.5|counterfeit:2.5'
    + '|expired:2.5|mould*:2|mold*:1.5|burnt:2|sparks:2|only received:2|problem:1.5|issue:1'
    + '|came apart:2.5|come apart:2.5|falling apart:2.5|came loose:2|come loose:2|stitching:1.5|seam*:1.5|unravel*:2|frayed:2'
    + '|looks used:3|been used:2|second hand:2|secondhand:2|previously used:3|already opened:2|was open:2|was opened:2|resealed:2'
    + '|chemical*:2|odour:2|odor:2|stinks:2|is that normal:1.5|is it normal:1.5|not match*:2|pictures:1|picture:1|photos:1|photo:1'
    + '|as pictured:2|poor:1.5|cheaply made:2.5|flimsy:2|after ~ use:1|after ~ days:1|after ~ weeks:1'
    + '|no sound:3|ruined:2.5|soaking wet:2|only got:2',
  invoice: 'invoice*:4|receipt*:3.5|vat:2|billing:1.5|bill:1.5|proof of purchase:3|accounts:1|accounting:1.5|bookkeeping:1.5'
    + '|company name:1|business name:1|tax:1|expenses:1',
  'feedback-review': 'review*:3|feedback:3|star:2|stars:2|rating*:2.5|rated:2|rate:1.5|testimonial:2'
    + '|leave feedback:1.5|leave a review:1.5|left ~ review:1|left ~ feedback:1|ask* ~ review:1.5|ask* ~ feedback:1.5'
    + '|negative review:1.5|positive review:1.5|bad review:1.5|remove ~ review:1.5|delete ~ review:1.5|change ~ review:1.5|update ~ review:1.5'
    + '|remove ~ feedback:1.5|change ~ feedback:1.5|update ~ feedback:1.5'
    + '|gave ~ star*:1.5',
  other: 'thank*:1|thanks:1|thx:1|cheers:0.5|partnership:3|collaborat*:3|we are a:2|we offer:2.5|our services:2.5|offering:1.5'
    + '|marketing:2|agency:2|wholesale:1|happy new year:3|merry christmas:3|happy holidays:3|all sorted:2|sorted:1|ok:1|okay:1'
    + '|got it:1.5|noted:1|blog:2|sponsor*:2|seo:2'
    + '|wholesale prices:1.5|bulk order*:1.5|bulk purchase*:1.5',
};
