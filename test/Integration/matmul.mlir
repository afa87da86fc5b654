// RUN: dl-tensors make %t.f32.in.safetensors 'a:f32[2,3]=0.5,-2,1,0.25,-4,-3' \
// RUN:   'b:f32[3,2]=2,-3,0.5,3,-4,2' 'c:f32[2,2,3]=-1,-4,-3,1,1,-3,-1,-3,2,1,-4,3' \
// RUN:   'd:f32[2,1,2,3]=-3,-1,0.25,0.25,3,-4,3,3,1,-4,-1,-4' \
// RUN:   'e:f32[3,3,2]=2,-2,-0.5,1,-2,2,-3,3,-0.5,2,0.25,-2,-3,3,3,0.25,-1,0.5' \
// RUN:   'f:f32[2,2,3]=-3,2,-0.75,-3,3,-4,3,-1,1.5,0.25,2,1' \
// RUN:   'g:f32[3,4]=0.5,1.5,3,1.5,0.5,-0.5,-1,-2,-0.75,-1,-3,3' \
// RUN:   'h:f32[4,3]=-0.5,2,1.5,0.5,-0.75,1.5,-0.5,3,-3,-3,2,1' 'k:f32[2,3,2]=-4,1.5,-3,1,-2,0.25,-4,-2,-3,2,-1,-0.75' \
// RUN:   'x:f32[1,24]=0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1,1.1,1.2,1.3,1.4,1.5,1.6,1.7,1.8,1.9,2,2.1,2.2,2.3,2.4' \
// RUN:   'y:f32[24,1]=0.3,0.7,1.1,1.5,1.9,2.3,2.7,3.1,3.5,3.9,4.3,4.7,5.1,5.5,5.9,6.3,6.7,7.1,7.5,7.9,8.3,8.7,9.1,9.5'
// RUN: %jit-and-aot %s --entry matmul_f32 --inputs %t.f32.in.safetensors -o %t.f32.out.safetensors
// RUN: dl-tensors check %t.f32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'mm:f32[2,2]=-4,-5.5,10.5,-18.75' \
// RUN:   'tl:f32[2,4]=4.25,6.75,17.5,-10,-1.5,-8,-18,-4.5' \
// RUN:   'tr:f32[2,4]=-2.75,3.25,-9.25,-4.5,-12.625,-1.375,-3.125,-11.75' \
// RUN:   'tlr:f32[2,4]=-6,-5.375,12.5,-9,10.5,-0.75,4.5,17' \
// RUN:   'batch:f32[2,2,2]=8,-15,14.5,-6,-11.5,-2,-12,-9' \
// RUN:   'bcast:f32[2,3,2,2]=-6,5.5,7,-5.5,9.5625,-11.5,-3.25,14.75,5.75,-9.125,12.25,-0.5,2.5,-1,0.5,-1,-10.25,13,11.5,-6,-1,10.25,13,-14.25' \
// RUN:   'batch_tr:f32[2,2,2]=-2.75,3,1.25,12,3,-4.25,11.5,-4.75' \
// RUN:   'batch_tl:f32[2,3,3]=0,9,18,1,-5,-15,-3.25,-1,14.25,-2.75,-10,6.75,3,-5,4,-0.5,-8.5,6' \
// RUN:   'lhs_bcast:f32[2,2,2]=2,-1,17,-4.375,3,-5.75,14,-6.25' 'lhs_bcast_tl:f32[2,2,2]=-1.5,2.5,-1,-1,-5.5,0,1,10.5'
// RUN: dl-tensors check %t.f32.out.safetensors --rtol 2e-6 --atol 0 \
// RUN:   'dot:f32[1,1]=193.00000087693329'
//
// RUN: dl-tensors make %t.f64.in.safetensors 'a:f64[2,3]=0.5,-2,1,0.25,-4,-3' \
// RUN:   'b:f64[3,2]=2,-3,0.5,3,-4,2' 'c:f64[2,2,3]=-1,-4,-3,1,1,-3,-1,-3,2,1,-4,3' \
// RUN:   'd:f64[2,1,2,3]=-3,-1,0.25,0.25,3,-4,3,3,1,-4,-1,-4' \
// RUN:   'e:f64[3,3,2]=2,-2,-0.5,1,-2,2,-3,3,-0.5,2,0.25,-2,-3,3,3,0.25,-1,0.5' \
// RUN:   'f:f64[2,2,3]=-3,2,-0.75,-3,3,-4,3,-1,1.5,0.25,2,1' \
// RUN:   'g:f64[3,4]=0.5,1.5,3,1.5,0.5,-0.5,-1,-2,-0.75,-1,-3,3' \
// RUN:   'h:f64[4,3]=-0.5,2,1.5,0.5,-0.75,1.5,-0.5,3,-3,-3,2,1' 'k:f64[2,3,2]=-4,1.5,-3,1,-2,0.25,-4,-2,-3,2,-1,-0.75' \
// RUN:   'x:f64[1,24]=0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1,1.1,1.2,1.3,1.4,1.5,1.6,1.7,1.8,1.9,2,2.1,2.2,2.3,2.4' \
// RUN:   'y:f64[24,1]=0.3,0.7,1.1,1.5,1.9,2.3,2.7,3.1,3.5,3.9,4.3,4.7,5.1,5.5,5.9,6.3,6.7,7.1,7.5,7.9,8.3,8.7,9.1,9.5'
// RUN: %jit-and-aot %s --entry matmul_f64 --inputs %t.f64.in.safetensors -o %t.f64.out.safetensors
// RUN: dl-tensors check %t.f64.out.safetensors --rtol 0 --atol 0 \
// RUN:   'mm:f64[2,2]=-4,-5.5,10.5,-18.75' \
// RUN:   'tl:f64[2,4]=4.25,6.75,17.5,-10,-1.5,-8,-18,-4.5' \
// RUN:   'tr:f64[2,4]=-2.75,3.25,-9.25,-4.5,-12.625,-1.375,-3.125,-11.75' \
// RUN:   'tlr:f64[2,4]=-6,-5.375,12.5,-9,10.5,-0.75,4.5,17' \
// RUN:   'batch:f64[2,2,2]=8,-15,14.5,-6,-11.5,-2,-12,-9' \
// RUN:   'bcast:f64[2,3,2,2]=-6,5.5,7,-5.5,9.5625,-11.5,-3.25,14.75,5.75,-9.125,12.25,-0.5,2.5,-1,0.5,-1,-10.25,13,11.5,-6,-1,10.25,13,-14.25' \
// RUN:   'batch_tr:f64[2,2,2]=-2.75,3,1.25,12,3,-4.25,11.5,-4.75' \
// RUN:   'batch_tl:f64[2,3,3]=0,9,18,1,-5,-15,-3.25,-1,14.25,-2.75,-10,6.75,3,-5,4,-0.5,-8.5,6' \
// RUN:   'lhs_bcast:f64[2,2,2]=2,-1,17,-4.375,3,-5.75,14,-6.25' 'lhs_bcast_tl:f64[2,2,2]=-1.5,2.5,-1,-1,-5.5,0,1,10.5'
// RUN: dl-tensors check %t.f64.out.safetensors --rtol 3e-15 --atol 0 \
// RUN:   'dot:f64[1,1]=193'
//
// RUN: dl-tensors make %t.i32.in.safetensors 'a:i32[2,3]=6,-1,7,2,-5,3' \
// RUN:   'b:i32[3,2]=-9,2,6,-1,5,-2' 'c:i32[2,2,3]=8,-9,-5,5,2,-4,1,-3,-8,9,-3,-7' \
// RUN:   'd:i32[2,1,2,3]=7,1,3,-7,-9,-8,7,-2,-7,4,5,-6' \
// RUN:   'e:i32[3,3,2]=4,-5,8,1,8,-4,-8,8,-4,7,-7,3,4,6,6,3,8,-9' \
// RUN:   'f:i32[2,2,3]=-7,-3,-1,2,2,3,0,-6,-1,-2,1,2' \
// RUN:   'g:i32[3,4]=2,7,9,7,-4,-9,3,4,-8,7,-9,-2' \
// RUN:   'h:i32[4,3]=4,-8,3,-3,-6,8,-2,-4,-7,-1,-8,4' 'k:i32[2,3,2]=-7,-3,-5,0,-2,6,-9,-8,-6,1,7,1' \
// RUN:   'w:i32[1,2]=65536,3' 'v:i32[2,1]=65536,5'
// RUN: %jit-and-aot %s --entry matmul_i32 --inputs %t.i32.in.safetensors -o %t.i32.out.safetensors
// RUN: dl-tensors check %t.i32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'mm:i32[2,2]=-25,-1,-33,3' \
// RUN:   'tl:i32[2,4]=-82,-82,-108,-49,24,9,33,14' \
// RUN:   'tr:i32[2,4]=53,44,-57,30,57,48,-5,50' \
// RUN:   'tlr:i32[2,4]=-69,31,-41,-19,10,-16,14,-2' \
// RUN:   'batch:i32[2,2,2]=-151,35,-53,16,-67,21,-134,35' \
// RUN:   'bcast:i32[2,3,2,2]=60,-46,-164,58,-81,72,148,-143,58,18,-146,3,-44,-9,8,9,1,21,-10,49,-40,99,-2,93' \
// RUN:   'batch_tr:i32[2,2,2]=-24,-17,-37,2,26,-21,25,-35' \
// RUN:   'batch_tl:i32[2,3,3]=-46,67,27,-14,31,7,7,15,-7,-18,6,14,3,15,41,17,-3,-6' \
// RUN:   'lhs_bcast:i32[2,2,2]=-51,24,5,12,1,-42,33,-18' 'lhs_bcast_tl:i32[2,2,2]=23,57,-5,-18,80,83,-26,-19' \
// RUN:   'wrap:i32[1,1]=15'
//
// RUN: dl-tensors make %t.i64.in.safetensors 'a:i64[2,3]=6,-1,7,2,-5,3' \
// RUN:   'b:i64[3,2]=-9,2,6,-1,5,-2' 'c:i64[2,2,3]=8,-9,-5,5,2,-4,1,-3,-8,9,-3,-7' \
// RUN:   'd:i64[2,1,2,3]=7,1,3,-7,-9,-8,7,-2,-7,4,5,-6' \
// RUN:   'e:i64[3,3,2]=4,-5,8,1,8,-4,-8,8,-4,7,-7,3,4,6,6,3,8,-9' \
// RUN:   'f:i64[2,2,3]=-7,-3,-1,2,2,3,0,-6,-1,-2,1,2' \
// RUN:   'g:i64[3,4]=2,7,9,7,-4,-9,3,4,-8,7,-9,-2' \
// RUN:   'h:i64[4,3]=4,-8,3,-3,-6,8,-2,-4,-7,-1,-8,4' 'k:i64[2,3,2]=-7,-3,-5,0,-2,6,-9,-8,-6,1,7,1' \
// RUN:   'w:i64[1,2]=65536,3' 'v:i64[2,1]=65536,5'
// RUN: %jit-and-aot %s --entry matmul_i64 --inputs %t.i64.in.safetensors -o %t.i64.out.safetensors
// RUN: dl-tensors check %t.i64.out.safetensors --rtol 0 --atol 0 \
// RUN:   'mm:i64[2,2]=-25,-1,-33,3' \
// RUN:   'tl:i64[2,4]=-82,-82,-108,-49,24,9,33,14' \
// RUN:   'tr:i64[2,4]=53,44,-57,30,57,48,-5,50' \
// RUN:   'tlr:i64[2,4]=-69,31,-41,-19,10,-16,14,-2' \
// RUN:   'batch:i64[2,2,2]=-151,35,-53,16,-67,21,-134,35' \
// RUN:   'bcast:i64[2,3,2,2]=60,-46,-164,58,-81,72,148,-143,58,18,-146,3,-44,-9,8,9,1,21,-10,49,-40,99,-2,93' \
// RUN:   'batch_tr:i64[2,2,2]=-24,-17,-37,2,26,-21,25,-35' \
// RUN:   'batch_tl:i64[2,3,3]=-46,67,27,-14,31,7,7,15,-7,-18,6,14,3,15,41,17,-3,-6' \
// RUN:   'lhs_bcast:i64[2,2,2]=-51,24,5,12,1,-42,33,-18' 'lhs_bcast_tl:i64[2,2,2]=23,57,-5,-18,80,83,-26,-19' \
// RUN:   'wrap:i64[1,1]=4294967311'
//
// RUN: dl-tensors make %t.tiled.f32.in.safetensors \
// RUN:   'u:f32[72,1]=24,-13,2,-11,16,-3,-5,27,9,-10,30,10,3,-23,-17,-2,28,-15,25,-32,35,13,22,8,15,-7,19,5,-27,20,14,26,-33,-14,4,11,-29,-28,-16,-12,18,-25,32,-30,-26,12,1,-9,-18,-8,0,-1,33,-35,17,-36,6,29,-21,-31,7,21,-6,34,-24,-4,-19,31,-22,-20,23,-34' \
// RUN:   'v:f32[1,12]=-2,-2,-1,0,1,3,2,-2,-1,0,1,-1' 'p:f32[12,1]=-1,2,2,0,3,-2,2,2,3,3,-2,-1' \
// RUN:   'pr:f32[1,12]=-1,2,2,0,3,-2,2,2,3,3,-2,-1' \
// RUN:   'q:f32[1,48]=-11,13,19,-20,-18,-13,-24,-15,4,-9,-2,-10,-19,-12,-6,14,5,-5,-16,8,-8,23,-3,2,21,-22,16,1,7,20,6,3,-21,-17,15,0,-1,22,-7,10,11,-14,12,17,-4,18,9,-23' \
// RUN:   'qc:f32[48,1]=-11,13,19,-20,-18,-13,-24,-15,4,-9,-2,-10,-19,-12,-6,14,5,-5,-16,8,-8,23,-3,2,21,-22,16,1,7,20,6,3,-21,-17,15,0,-1,22,-7,10,11,-14,12,17,-4,18,9,-23' \
// RUN:   'bias:f32[48]=-200,725,823,-937,-631,833,891,-1058,266,-1080,950,1391,1360,-411,277,789,-848,-555,-1500,606,-991,-686,47,692,847,166,325,846,-793,1140,-488,761,-305,-368,922,-39,342,1111,-1044,156,130,-347,-197,553,638,-566,-525,-34' \
// RUN:   'w:f32[48,1]=-1,-2,3,-1,-1,3,-2,3,-1,-1,2,3,-1,-1,-2,-1,3,-2,3,3,3,-2,3,-2,3,-1,3,1,-2,-2,1,-2,-1,-2,-2,3,3,-1,3,-1,-1,2,-1,2,1,1,2,2' \
// RUN:   'z:f32[1,72]=-1,2,3,2,2,3,-1,-1,-1,1,2,-1,-1,1,2,-2,-2,1,-2,-1,3,2,-2,-1,3,2,3,2,3,-2,2,1,-2,3,1,3,1,-1,-1,3,-2,2,-2,-1,-1,-2,1,1,1,2,-1,1,2,2,2,3,1,-1,-2,-2,-2,1,2,-1,3,-2,-2,2,-2,1,-1,-2'
// RUN: %jit-and-aot %s --entry matmul_tiled_f32 --inputs %t.tiled.f32.in.safetensors -o %t.tiled.f32.out.safetensors
// RUN: dl-tensors check %t.tiled.f32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'c_row:f32[72,1]=-660,80,-220,40,-500,-120,-80,-720,-360,20,-780,-380,-240,280,160,-140,-740,120,-680,460,-880,-440,-620,-340,-480,-40,-560,-280,360,-580,-460,-700,480,100,-260,-400,400,380,140,60,-540,320,-820,420,340,-420,-200,0,180,-20,-180,-160,-840,520,-520,540,-300,-760,240,440,-320,-600,-60,-860,300,-100,200,-800,260,220,-640,500' \
// RUN:   'c_col:f32[1,48]=14971,-21317,-30389,28579,25555,17995,34627,21019,-7709,11947,1363,13459,27067,16483,7411,-22829,-9221,5899,22531,-13757,10435,-36437,2875,-4685,-33413,31603,-25853,-3173,-12245,-31901,-10733,-6197,30091,24043,-24341,-1661,-149,-34925,8923,-16781,-18293,19507,-19805,-27365,4387,-28877,-15269,33115' \
// RUN:   'e_row:f32[72,1]=13537,5444,6660,4483,9052,3634,4057,15235,7296,4006,16933,7285,7122,11798,8082,3934,15801,6680,14103,17126,19763,7465,12405,7191,8523,3211,10707,6817,14166,11273,7994,14669,17718,5981,7045,7274,15350,14758,7420,4907,10141,12982,18065,15942,13574,7263,6004,3529,8744,3145,5097,4612,18631,18902,9581,19494,6761,16367,10614,16534,7012,11839,3352,19197,12390,4462,9406,17499,11206,10022,12971,18310' \
// RUN:   'e_col:f32[1,48]=26296,28423,38207,39074,38729,54550,88004,21326,10081,4881,29863,58704,84670,25025,21034,30591,2633,2312,16368,19549,3774,29239,7015,16646,41351,66525,28680,22207,6149,43269,6505,17636,54321,41116,33449,959,10111,45947,1841,17887,19131,32477,17210,32522,24322,22949,10283,65739'
//
// RUN: dl-tensors make %t.tiled.f64.in.safetensors \
// RUN:   'u:f64[72,1]=24,-13,2,-11,16,-3,-5,27,9,-10,30,10,3,-23,-17,-2,28,-15,25,-32,35,13,22,8,15,-7,19,5,-27,20,14,26,-33,-14,4,11,-29,-28,-16,-12,18,-25,32,-30,-26,12,1,-9,-18,-8,0,-1,33,-35,17,-36,6,29,-21,-31,7,21,-6,34,-24,-4,-19,31,-22,-20,23,-34' \
// RUN:   'v:f64[1,12]=-2,-2,-1,0,1,3,2,-2,-1,0,1,-1' 'p:f64[12,1]=-1,2,2,0,3,-2,2,2,3,3,-2,-1' \
// RUN:   'pr:f64[1,12]=-1,2,2,0,3,-2,2,2,3,3,-2,-1' \
// RUN:   'q:f64[1,48]=-11,13,19,-20,-18,-13,-24,-15,4,-9,-2,-10,-19,-12,-6,14,5,-5,-16,8,-8,23,-3,2,21,-22,16,1,7,20,6,3,-21,-17,15,0,-1,22,-7,10,11,-14,12,17,-4,18,9,-23' \
// RUN:   'qc:f64[48,1]=-11,13,19,-20,-18,-13,-24,-15,4,-9,-2,-10,-19,-12,-6,14,5,-5,-16,8,-8,23,-3,2,21,-22,16,1,7,20,6,3,-21,-17,15,0,-1,22,-7,10,11,-14,12,17,-4,18,9,-23' \
// RUN:   'bias:f64[48]=-200,725,823,-937,-631,833,891,-1058,266,-1080,950,1391,1360,-411,277,789,-848,-555,-1500,606,-991,-686,47,692,847,166,325,846,-793,1140,-488,761,-305,-368,922,-39,342,1111,-1044,156,130,-347,-197,553,638,-566,-525,-34' \
// RUN:   'w:f64[48,1]=-1,-2,3,-1,-1,3,-2,3,-1,-1,2,3,-1,-1,-2,-1,3,-2,3,3,3,-2,3,-2,3,-1,3,1,-2,-2,1,-2,-1,-2,-2,3,3,-1,3,-1,-1,2,-1,2,1,1,2,2' \
// RUN:   'z:f64[1,72]=-1,2,3,2,2,3,-1,-1,-1,1,2,-1,-1,1,2,-2,-2,1,-2,-1,3,2,-2,-1,3,2,3,2,3,-2,2,1,-2,3,1,3,1,-1,-1,3,-2,2,-2,-1,-1,-2,1,1,1,2,-1,1,2,2,2,3,1,-1,-2,-2,-2,1,2,-1,3,-2,-2,2,-2,1,-1,-2'
// RUN: %jit-and-aot %s --entry matmul_tiled_f64 --inputs %t.tiled.f64.in.safetensors -o %t.tiled.f64.out.safetensors
// RUN: dl-tensors check %t.tiled.f64.out.safetensors --rtol 0 --atol 0 \
// RUN:   'c_row:f64[72,1]=-660,80,-220,40,-500,-120,-80,-720,-360,20,-780,-380,-240,280,160,-140,-740,120,-680,460,-880,-440,-620,-340,-480,-40,-560,-280,360,-580,-460,-700,480,100,-260,-400,400,380,140,60,-540,320,-820,420,340,-420,-200,0,180,-20,-180,-160,-840,520,-520,540,-300,-760,240,440,-320,-600,-60,-860,300,-100,200,-800,260,220,-640,500' \
// RUN:   'c_col:f64[1,48]=14971,-21317,-30389,28579,25555,17995,34627,21019,-7709,11947,1363,13459,27067,16483,7411,-22829,-9221,5899,22531,-13757,10435,-36437,2875,-4685,-33413,31603,-25853,-3173,-12245,-31901,-10733,-6197,30091,24043,-24341,-1661,-149,-34925,8923,-16781,-18293,19507,-19805,-27365,4387,-28877,-15269,33115' \
// RUN:   'e_row:f64[72,1]=13537,5444,6660,4483,9052,3634,4057,15235,7296,4006,16933,7285,7122,11798,8082,3934,15801,6680,14103,17126,19763,7465,12405,7191,8523,3211,10707,6817,14166,11273,7994,14669,17718,5981,7045,7274,15350,14758,7420,4907,10141,12982,18065,15942,13574,7263,6004,3529,8744,3145,5097,4612,18631,18902,9581,19494,6761,16367,10614,16534,7012,11839,3352,19197,12390,4462,9406,17499,11206,10022,12971,18310' \
// RUN:   'e_col:f64[1,48]=26296,28423,38207,39074,38729,54550,88004,21326,10081,4881,29863,58704,84670,25025,21034,30591,2633,2312,16368,19549,3774,29239,7015,16646,41351,66525,28680,22207,6149,43269,6505,17636,54321,41116,33449,959,10111,45947,1841,17887,19131,32477,17210,32522,24322,22949,10283,65739'
//
// RUN: dl-tensors make %t.tiled.i32.in.safetensors \
// RUN:   'u:i32[72,1]=24,-13,2,-11,16,-3,-5,27,9,-10,30,10,3,-23,-17,-2,28,-15,25,-32,35,13,22,8,15,-7,19,5,-27,20,14,26,-33,-14,4,11,-29,-28,-16,-12,18,-25,32,-30,-26,12,1,-9,-18,-8,0,-1,33,-35,17,-36,6,29,-21,-31,7,21,-6,34,-24,-4,-19,31,-22,-20,23,-34' \
// RUN:   'v:i32[1,12]=-2,-2,-1,0,1,3,2,-2,-1,0,1,-1' 'p:i32[12,1]=-1,2,2,0,3,-2,2,2,3,3,-2,-1' \
// RUN:   'pr:i32[1,12]=-1,2,2,0,3,-2,2,2,3,3,-2,-1' \
// RUN:   'q:i32[1,48]=-11,13,19,-20,-18,-13,-24,-15,4,-9,-2,-10,-19,-12,-6,14,5,-5,-16,8,-8,23,-3,2,21,-22,16,1,7,20,6,3,-21,-17,15,0,-1,22,-7,10,11,-14,12,17,-4,18,9,-23' \
// RUN:   'qc:i32[48,1]=-11,13,19,-20,-18,-13,-24,-15,4,-9,-2,-10,-19,-12,-6,14,5,-5,-16,8,-8,23,-3,2,21,-22,16,1,7,20,6,3,-21,-17,15,0,-1,22,-7,10,11,-14,12,17,-4,18,9,-23' \
// RUN:   'bias:i32[48]=-200,725,823,-937,-631,833,891,-1058,266,-1080,950,1391,1360,-411,277,789,-848,-555,-1500,606,-991,-686,47,692,847,166,325,846,-793,1140,-488,761,-305,-368,922,-39,342,1111,-1044,156,130,-347,-197,553,638,-566,-525,-34' \
// RUN:   'w:i32[48,1]=-1,-2,3,-1,-1,3,-2,3,-1,-1,2,3,-1,-1,-2,-1,3,-2,3,3,3,-2,3,-2,3,-1,3,1,-2,-2,1,-2,-1,-2,-2,3,3,-1,3,-1,-1,2,-1,2,1,1,2,2' \
// RUN:   'z:i32[1,72]=-1,2,3,2,2,3,-1,-1,-1,1,2,-1,-1,1,2,-2,-2,1,-2,-1,3,2,-2,-1,3,2,3,2,3,-2,2,1,-2,3,1,3,1,-1,-1,3,-2,2,-2,-1,-1,-2,1,1,1,2,-1,1,2,2,2,3,1,-1,-2,-2,-2,1,2,-1,3,-2,-2,2,-2,1,-1,-2'
// RUN: %jit-and-aot %s --entry matmul_tiled_i32 --inputs %t.tiled.i32.in.safetensors -o %t.tiled.i32.out.safetensors
// RUN: dl-tensors check %t.tiled.i32.out.safetensors --rtol 0 --atol 0 \
// RUN:   'c_row:i32[72,1]=-660,80,-220,40,-500,-120,-80,-720,-360,20,-780,-380,-240,280,160,-140,-740,120,-680,460,-880,-440,-620,-340,-480,-40,-560,-280,360,-580,-460,-700,480,100,-260,-400,400,380,140,60,-540,320,-820,420,340,-420,-200,0,180,-20,-180,-160,-840,520,-520,540,-300,-760,240,440,-320,-600,-60,-860,300,-100,200,-800,260,220,-640,500' \
// RUN:   'c_col:i32[1,48]=14971,-21317,-30389,28579,25555,17995,34627,21019,-7709,11947,1363,13459,27067,16483,7411,-22829,-9221,5899,22531,-13757,10435,-36437,2875,-4685,-33413,31603,-25853,-3173,-12245,-31901,-10733,-6197,30091,24043,-24341,-1661,-149,-34925,8923,-16781,-18293,19507,-19805,-27365,4387,-28877,-15269,33115' \
// RUN:   'e_row:i32[72,1]=13537,5444,6660,4483,9052,3634,4057,15235,7296,4006,16933,7285,7122,11798,8082,3934,15801,6680,14103,17126,19763,7465,12405,7191,8523,3211,10707,6817,14166,11273,7994,14669,17718,5981,7045,7274,15350,14758,7420,4907,10141,12982,18065,15942,13574,7263,6004,3529,8744,3145,5097,4612,18631,18902,9581,19494,6761,16367,10614,16534,7012,11839,3352,19197,12390,4462,9406,17499,11206,10022,12971,18310' \
// RUN:   'e_col:i32[1,48]=26296,28423,38207,39074,38729,54550,88004,21326,10081,4881,29863,58704,84670,25025,21034,30591,2633,2312,16368,19549,3774,29239,7015,16646,41351,66525,28680,22207,6149,43269,6505,17636,54321,41116,33449,959,10111,45947,1841,17887,19131,32477,17210,32522,24322,22949,10283,65739'

//
// RUN: dl-tensors make %t.empty.in.safetensors 'a:f32[2,0]=' 'b:f32[0,4]=' \
// RUN:   'c:f32[0,3]=' 'd:f32[3,4]=1' 'e:i64[2,0]=' 'f:i64[0,3]='
// RUN: %jit-and-aot %s --entry matmul_empty --inputs %t.empty.in.safetensors -o %t.empty.out.safetensors
// RUN: dl-tensors check %t.empty.out.safetensors --rtol 0 --atol 0 \
// RUN:   'k0_f32:f32[2,4]=0' 'm0_f32:f32[0,4]=' 'k0_i64:i64[2,3]=0'

// dl.matmul through the JIT for f32, f64, i32 and i64: plain [2,3]x[3,2];
// transpose_lhs, transpose_rhs and both on non-square operands (a swapped M
// and N would give the wrong shape or values); a rank-3 lhs times a rank-2
// rhs ([2,2,3]x[3,2]) and a rank-2 lhs times a rank-3 rhs ([2,3]x[2,3,2],
// also with transpose_lhs); batch broadcasting of both operands
// ([2,1,2,3]x[3,3,2] -> [2,3,2,2]); batched transposes.
//
// Expected values come from a plain triple loop in Python over numpy-style
// broadcast batch indices, independent of dlc:
//   out[b.., m, n] = sum_k L[b.., m, k] * R[b.., k, n]
// with L[m, k] read as lhs[k, m] under transpose_lhs and R[k, n] as
// rhs[n, k] under transpose_rhs; batch index i of a size-1 dimension reads 0.
// Integer results wrap: in i32 65536*65536 + 3*5 = 2^32 + 15 wraps to 15,
// in i64 it is 4294967311.
//
// Tolerances: the float operands are small multiples of 1/4, so every
// product and partial sum is exact in f32 and f64 whatever the summation
// order or FMA use: rtol 0, atol 0. `dot` (1x24 times 24x1, positive
// terms 0.1i * (0.3 + 0.4i), not exact in binary) is compared with the
// exact rational sum of the inputs as rounded to the element type (f32:
// 193.00000087693329; f64: 193); recursive summation of K = 24 positive
// terms errs by at most about K ulp, so rtol 2e-6 for f32 (24 * 6e-8) and
// 3e-15 for f64 (24 * 1.1e-16).
//
// @matmul_tiled_* multiply 72x12 by 12x48, large enough for several tiles
// of dl-tile-and-vectorize in every dimension (36-row cache tiles, 6x16x4
// register tiles), once plainly and once with transpose_rhs followed by a
// bias add and relu, which the pass fuses into the matmul's row tiles as
// an epilogue. To keep the RUN lines short the operands are built in the
// model from small vectors, a[m,k] = u[m] + v[k] and b[k,n] = p[k] + q[n]
// (bt[n,k] the same values transposed), with distinct u and q so every row
// and column differs; the 72x48 results are checked through row and column
// checksums c w and z c with weights in {-2,-1,1,2,3}, which a misplaced,
// missing or doubled tile would change. Expected checksums come from the
// same Python triple loop on integers (e = max(c + bias, 0)); all values
// are integers below 2^24, so f32, f64 and i32 must match exactly.
//
// @matmul_empty: a contraction over K = 0 is an empty sum, so the 2x4 and
// 2x3 products are all zeros; with M = 0 the result has no elements.

func.func @matmul_f32(%a: tensor<2x3xf32> {dl.input = "a"},
                      %b: tensor<3x2xf32> {dl.input = "b"},
                      %c: tensor<2x2x3xf32> {dl.input = "c"},
                      %d: tensor<2x1x2x3xf32> {dl.input = "d"},
                      %e: tensor<3x3x2xf32> {dl.input = "e"},
                      %f: tensor<2x2x3xf32> {dl.input = "f"},
                      %g: tensor<3x4xf32> {dl.input = "g"},
                      %h: tensor<4x3xf32> {dl.input = "h"},
                      %k: tensor<2x3x2xf32> {dl.input = "k"},
                      %x: tensor<1x24xf32> {dl.input = "x"},
                      %y: tensor<24x1xf32> {dl.input = "y"})
    -> (tensor<2x2xf32> {dl.output = "mm"},
        tensor<2x4xf32> {dl.output = "tl"},
        tensor<2x4xf32> {dl.output = "tr"},
        tensor<2x4xf32> {dl.output = "tlr"},
        tensor<2x2x2xf32> {dl.output = "batch"},
        tensor<2x3x2x2xf32> {dl.output = "bcast"},
        tensor<2x2x2xf32> {dl.output = "batch_tr"},
        tensor<2x3x3xf32> {dl.output = "batch_tl"},
        tensor<2x2x2xf32> {dl.output = "lhs_bcast"},
        tensor<2x2x2xf32> {dl.output = "lhs_bcast_tl"},
        tensor<1x1xf32> {dl.output = "dot"}) {
  %mm = dl.matmul %a, %b
      : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  %tl = dl.matmul %b, %g transpose_lhs
      : (tensor<3x2xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  %tr = dl.matmul %a, %h transpose_rhs
      : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<2x4xf32>
  %tlr = dl.matmul %b, %h transpose_lhs transpose_rhs
      : (tensor<3x2xf32>, tensor<4x3xf32>) -> tensor<2x4xf32>
  %batch = dl.matmul %c, %b
      : (tensor<2x2x3xf32>, tensor<3x2xf32>) -> tensor<2x2x2xf32>
  %bcast = dl.matmul %d, %e
      : (tensor<2x1x2x3xf32>, tensor<3x3x2xf32>) -> tensor<2x3x2x2xf32>
  %batch_tr = dl.matmul %c, %f transpose_rhs
      : (tensor<2x2x3xf32>, tensor<2x2x3xf32>) -> tensor<2x2x2xf32>
  %batch_tl = dl.matmul %f, %c transpose_lhs
      : (tensor<2x2x3xf32>, tensor<2x2x3xf32>) -> tensor<2x3x3xf32>
  %lhs_bcast = dl.matmul %a, %k
      : (tensor<2x3xf32>, tensor<2x3x2xf32>) -> tensor<2x2x2xf32>
  %lhs_bcast_tl = dl.matmul %b, %k transpose_lhs
      : (tensor<3x2xf32>, tensor<2x3x2xf32>) -> tensor<2x2x2xf32>
  %dot = dl.matmul %x, %y
      : (tensor<1x24xf32>, tensor<24x1xf32>) -> tensor<1x1xf32>
  return %mm, %tl, %tr, %tlr, %batch, %bcast,
         %batch_tr, %batch_tl, %lhs_bcast, %lhs_bcast_tl, %dot
      : tensor<2x2xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>,
        tensor<2x2x2xf32>, tensor<2x3x2x2xf32>, tensor<2x2x2xf32>, tensor<2x3x3xf32>,
        tensor<2x2x2xf32>, tensor<2x2x2xf32>, tensor<1x1xf32>
}

func.func @matmul_f64(%a: tensor<2x3xf64> {dl.input = "a"},
                      %b: tensor<3x2xf64> {dl.input = "b"},
                      %c: tensor<2x2x3xf64> {dl.input = "c"},
                      %d: tensor<2x1x2x3xf64> {dl.input = "d"},
                      %e: tensor<3x3x2xf64> {dl.input = "e"},
                      %f: tensor<2x2x3xf64> {dl.input = "f"},
                      %g: tensor<3x4xf64> {dl.input = "g"},
                      %h: tensor<4x3xf64> {dl.input = "h"},
                      %k: tensor<2x3x2xf64> {dl.input = "k"},
                      %x: tensor<1x24xf64> {dl.input = "x"},
                      %y: tensor<24x1xf64> {dl.input = "y"})
    -> (tensor<2x2xf64> {dl.output = "mm"},
        tensor<2x4xf64> {dl.output = "tl"},
        tensor<2x4xf64> {dl.output = "tr"},
        tensor<2x4xf64> {dl.output = "tlr"},
        tensor<2x2x2xf64> {dl.output = "batch"},
        tensor<2x3x2x2xf64> {dl.output = "bcast"},
        tensor<2x2x2xf64> {dl.output = "batch_tr"},
        tensor<2x3x3xf64> {dl.output = "batch_tl"},
        tensor<2x2x2xf64> {dl.output = "lhs_bcast"},
        tensor<2x2x2xf64> {dl.output = "lhs_bcast_tl"},
        tensor<1x1xf64> {dl.output = "dot"}) {
  %mm = dl.matmul %a, %b
      : (tensor<2x3xf64>, tensor<3x2xf64>) -> tensor<2x2xf64>
  %tl = dl.matmul %b, %g transpose_lhs
      : (tensor<3x2xf64>, tensor<3x4xf64>) -> tensor<2x4xf64>
  %tr = dl.matmul %a, %h transpose_rhs
      : (tensor<2x3xf64>, tensor<4x3xf64>) -> tensor<2x4xf64>
  %tlr = dl.matmul %b, %h transpose_lhs transpose_rhs
      : (tensor<3x2xf64>, tensor<4x3xf64>) -> tensor<2x4xf64>
  %batch = dl.matmul %c, %b
      : (tensor<2x2x3xf64>, tensor<3x2xf64>) -> tensor<2x2x2xf64>
  %bcast = dl.matmul %d, %e
      : (tensor<2x1x2x3xf64>, tensor<3x3x2xf64>) -> tensor<2x3x2x2xf64>
  %batch_tr = dl.matmul %c, %f transpose_rhs
      : (tensor<2x2x3xf64>, tensor<2x2x3xf64>) -> tensor<2x2x2xf64>
  %batch_tl = dl.matmul %f, %c transpose_lhs
      : (tensor<2x2x3xf64>, tensor<2x2x3xf64>) -> tensor<2x3x3xf64>
  %lhs_bcast = dl.matmul %a, %k
      : (tensor<2x3xf64>, tensor<2x3x2xf64>) -> tensor<2x2x2xf64>
  %lhs_bcast_tl = dl.matmul %b, %k transpose_lhs
      : (tensor<3x2xf64>, tensor<2x3x2xf64>) -> tensor<2x2x2xf64>
  %dot = dl.matmul %x, %y
      : (tensor<1x24xf64>, tensor<24x1xf64>) -> tensor<1x1xf64>
  return %mm, %tl, %tr, %tlr, %batch, %bcast,
         %batch_tr, %batch_tl, %lhs_bcast, %lhs_bcast_tl, %dot
      : tensor<2x2xf64>, tensor<2x4xf64>, tensor<2x4xf64>, tensor<2x4xf64>,
        tensor<2x2x2xf64>, tensor<2x3x2x2xf64>, tensor<2x2x2xf64>, tensor<2x3x3xf64>,
        tensor<2x2x2xf64>, tensor<2x2x2xf64>, tensor<1x1xf64>
}

func.func @matmul_i32(%a: tensor<2x3xi32> {dl.input = "a"},
                      %b: tensor<3x2xi32> {dl.input = "b"},
                      %c: tensor<2x2x3xi32> {dl.input = "c"},
                      %d: tensor<2x1x2x3xi32> {dl.input = "d"},
                      %e: tensor<3x3x2xi32> {dl.input = "e"},
                      %f: tensor<2x2x3xi32> {dl.input = "f"},
                      %g: tensor<3x4xi32> {dl.input = "g"},
                      %h: tensor<4x3xi32> {dl.input = "h"},
                      %k: tensor<2x3x2xi32> {dl.input = "k"},
                      %w: tensor<1x2xi32> {dl.input = "w"},
                      %v: tensor<2x1xi32> {dl.input = "v"})
    -> (tensor<2x2xi32> {dl.output = "mm"},
        tensor<2x4xi32> {dl.output = "tl"},
        tensor<2x4xi32> {dl.output = "tr"},
        tensor<2x4xi32> {dl.output = "tlr"},
        tensor<2x2x2xi32> {dl.output = "batch"},
        tensor<2x3x2x2xi32> {dl.output = "bcast"},
        tensor<2x2x2xi32> {dl.output = "batch_tr"},
        tensor<2x3x3xi32> {dl.output = "batch_tl"},
        tensor<2x2x2xi32> {dl.output = "lhs_bcast"},
        tensor<2x2x2xi32> {dl.output = "lhs_bcast_tl"},
        tensor<1x1xi32> {dl.output = "wrap"}) {
  %mm = dl.matmul %a, %b
      : (tensor<2x3xi32>, tensor<3x2xi32>) -> tensor<2x2xi32>
  %tl = dl.matmul %b, %g transpose_lhs
      : (tensor<3x2xi32>, tensor<3x4xi32>) -> tensor<2x4xi32>
  %tr = dl.matmul %a, %h transpose_rhs
      : (tensor<2x3xi32>, tensor<4x3xi32>) -> tensor<2x4xi32>
  %tlr = dl.matmul %b, %h transpose_lhs transpose_rhs
      : (tensor<3x2xi32>, tensor<4x3xi32>) -> tensor<2x4xi32>
  %batch = dl.matmul %c, %b
      : (tensor<2x2x3xi32>, tensor<3x2xi32>) -> tensor<2x2x2xi32>
  %bcast = dl.matmul %d, %e
      : (tensor<2x1x2x3xi32>, tensor<3x3x2xi32>) -> tensor<2x3x2x2xi32>
  %batch_tr = dl.matmul %c, %f transpose_rhs
      : (tensor<2x2x3xi32>, tensor<2x2x3xi32>) -> tensor<2x2x2xi32>
  %batch_tl = dl.matmul %f, %c transpose_lhs
      : (tensor<2x2x3xi32>, tensor<2x2x3xi32>) -> tensor<2x3x3xi32>
  %lhs_bcast = dl.matmul %a, %k
      : (tensor<2x3xi32>, tensor<2x3x2xi32>) -> tensor<2x2x2xi32>
  %lhs_bcast_tl = dl.matmul %b, %k transpose_lhs
      : (tensor<3x2xi32>, tensor<2x3x2xi32>) -> tensor<2x2x2xi32>
  %wrap = dl.matmul %w, %v
      : (tensor<1x2xi32>, tensor<2x1xi32>) -> tensor<1x1xi32>
  return %mm, %tl, %tr, %tlr, %batch, %bcast,
         %batch_tr, %batch_tl, %lhs_bcast, %lhs_bcast_tl, %wrap
      : tensor<2x2xi32>, tensor<2x4xi32>, tensor<2x4xi32>, tensor<2x4xi32>,
        tensor<2x2x2xi32>, tensor<2x3x2x2xi32>, tensor<2x2x2xi32>, tensor<2x3x3xi32>,
        tensor<2x2x2xi32>, tensor<2x2x2xi32>, tensor<1x1xi32>
}

func.func @matmul_i64(%a: tensor<2x3xi64> {dl.input = "a"},
                      %b: tensor<3x2xi64> {dl.input = "b"},
                      %c: tensor<2x2x3xi64> {dl.input = "c"},
                      %d: tensor<2x1x2x3xi64> {dl.input = "d"},
                      %e: tensor<3x3x2xi64> {dl.input = "e"},
                      %f: tensor<2x2x3xi64> {dl.input = "f"},
                      %g: tensor<3x4xi64> {dl.input = "g"},
                      %h: tensor<4x3xi64> {dl.input = "h"},
                      %k: tensor<2x3x2xi64> {dl.input = "k"},
                      %w: tensor<1x2xi64> {dl.input = "w"},
                      %v: tensor<2x1xi64> {dl.input = "v"})
    -> (tensor<2x2xi64> {dl.output = "mm"},
        tensor<2x4xi64> {dl.output = "tl"},
        tensor<2x4xi64> {dl.output = "tr"},
        tensor<2x4xi64> {dl.output = "tlr"},
        tensor<2x2x2xi64> {dl.output = "batch"},
        tensor<2x3x2x2xi64> {dl.output = "bcast"},
        tensor<2x2x2xi64> {dl.output = "batch_tr"},
        tensor<2x3x3xi64> {dl.output = "batch_tl"},
        tensor<2x2x2xi64> {dl.output = "lhs_bcast"},
        tensor<2x2x2xi64> {dl.output = "lhs_bcast_tl"},
        tensor<1x1xi64> {dl.output = "wrap"}) {
  %mm = dl.matmul %a, %b
      : (tensor<2x3xi64>, tensor<3x2xi64>) -> tensor<2x2xi64>
  %tl = dl.matmul %b, %g transpose_lhs
      : (tensor<3x2xi64>, tensor<3x4xi64>) -> tensor<2x4xi64>
  %tr = dl.matmul %a, %h transpose_rhs
      : (tensor<2x3xi64>, tensor<4x3xi64>) -> tensor<2x4xi64>
  %tlr = dl.matmul %b, %h transpose_lhs transpose_rhs
      : (tensor<3x2xi64>, tensor<4x3xi64>) -> tensor<2x4xi64>
  %batch = dl.matmul %c, %b
      : (tensor<2x2x3xi64>, tensor<3x2xi64>) -> tensor<2x2x2xi64>
  %bcast = dl.matmul %d, %e
      : (tensor<2x1x2x3xi64>, tensor<3x3x2xi64>) -> tensor<2x3x2x2xi64>
  %batch_tr = dl.matmul %c, %f transpose_rhs
      : (tensor<2x2x3xi64>, tensor<2x2x3xi64>) -> tensor<2x2x2xi64>
  %batch_tl = dl.matmul %f, %c transpose_lhs
      : (tensor<2x2x3xi64>, tensor<2x2x3xi64>) -> tensor<2x3x3xi64>
  %lhs_bcast = dl.matmul %a, %k
      : (tensor<2x3xi64>, tensor<2x3x2xi64>) -> tensor<2x2x2xi64>
  %lhs_bcast_tl = dl.matmul %b, %k transpose_lhs
      : (tensor<3x2xi64>, tensor<2x3x2xi64>) -> tensor<2x2x2xi64>
  %wrap = dl.matmul %w, %v
      : (tensor<1x2xi64>, tensor<2x1xi64>) -> tensor<1x1xi64>
  return %mm, %tl, %tr, %tlr, %batch, %bcast,
         %batch_tr, %batch_tl, %lhs_bcast, %lhs_bcast_tl, %wrap
      : tensor<2x2xi64>, tensor<2x4xi64>, tensor<2x4xi64>, tensor<2x4xi64>,
        tensor<2x2x2xi64>, tensor<2x3x2x2xi64>, tensor<2x2x2xi64>, tensor<2x3x3xi64>,
        tensor<2x2x2xi64>, tensor<2x2x2xi64>, tensor<1x1xi64>
}

func.func @matmul_tiled_f32(%u: tensor<72x1xf32> {dl.input = "u"},
                            %v: tensor<1x12xf32> {dl.input = "v"},
                            %p: tensor<12x1xf32> {dl.input = "p"},
                            %pr: tensor<1x12xf32> {dl.input = "pr"},
                            %q: tensor<1x48xf32> {dl.input = "q"},
                            %qc: tensor<48x1xf32> {dl.input = "qc"},
                            %bias: tensor<48xf32> {dl.input = "bias"},
                            %w: tensor<48x1xf32> {dl.input = "w"},
                            %z: tensor<1x72xf32> {dl.input = "z"})
    -> (tensor<72x1xf32> {dl.output = "c_row"}, tensor<1x48xf32> {dl.output = "c_col"},
        tensor<72x1xf32> {dl.output = "e_row"}, tensor<1x48xf32> {dl.output = "e_col"}) {
  %a = dl.add %u, %v : (tensor<72x1xf32>, tensor<1x12xf32>) -> tensor<72x12xf32>
  %b = dl.add %p, %q : (tensor<12x1xf32>, tensor<1x48xf32>) -> tensor<12x48xf32>
  %c = dl.matmul %a, %b : (tensor<72x12xf32>, tensor<12x48xf32>) -> tensor<72x48xf32>
  %c_row = dl.matmul %c, %w : (tensor<72x48xf32>, tensor<48x1xf32>) -> tensor<72x1xf32>
  %c_col = dl.matmul %z, %c : (tensor<1x72xf32>, tensor<72x48xf32>) -> tensor<1x48xf32>
  %bt = dl.add %qc, %pr : (tensor<48x1xf32>, tensor<1x12xf32>) -> tensor<48x12xf32>
  %c2 = dl.matmul %a, %bt transpose_rhs
      : (tensor<72x12xf32>, tensor<48x12xf32>) -> tensor<72x48xf32>
  %biased = dl.add %c2, %bias : (tensor<72x48xf32>, tensor<48xf32>) -> tensor<72x48xf32>
  %e = dl.relu %biased : tensor<72x48xf32>
  %e_row = dl.matmul %e, %w : (tensor<72x48xf32>, tensor<48x1xf32>) -> tensor<72x1xf32>
  %e_col = dl.matmul %z, %e : (tensor<1x72xf32>, tensor<72x48xf32>) -> tensor<1x48xf32>
  return %c_row, %c_col, %e_row, %e_col
      : tensor<72x1xf32>, tensor<1x48xf32>, tensor<72x1xf32>, tensor<1x48xf32>
}

func.func @matmul_tiled_f64(%u: tensor<72x1xf64> {dl.input = "u"},
                            %v: tensor<1x12xf64> {dl.input = "v"},
                            %p: tensor<12x1xf64> {dl.input = "p"},
                            %pr: tensor<1x12xf64> {dl.input = "pr"},
                            %q: tensor<1x48xf64> {dl.input = "q"},
                            %qc: tensor<48x1xf64> {dl.input = "qc"},
                            %bias: tensor<48xf64> {dl.input = "bias"},
                            %w: tensor<48x1xf64> {dl.input = "w"},
                            %z: tensor<1x72xf64> {dl.input = "z"})
    -> (tensor<72x1xf64> {dl.output = "c_row"}, tensor<1x48xf64> {dl.output = "c_col"},
        tensor<72x1xf64> {dl.output = "e_row"}, tensor<1x48xf64> {dl.output = "e_col"}) {
  %a = dl.add %u, %v : (tensor<72x1xf64>, tensor<1x12xf64>) -> tensor<72x12xf64>
  %b = dl.add %p, %q : (tensor<12x1xf64>, tensor<1x48xf64>) -> tensor<12x48xf64>
  %c = dl.matmul %a, %b : (tensor<72x12xf64>, tensor<12x48xf64>) -> tensor<72x48xf64>
  %c_row = dl.matmul %c, %w : (tensor<72x48xf64>, tensor<48x1xf64>) -> tensor<72x1xf64>
  %c_col = dl.matmul %z, %c : (tensor<1x72xf64>, tensor<72x48xf64>) -> tensor<1x48xf64>
  %bt = dl.add %qc, %pr : (tensor<48x1xf64>, tensor<1x12xf64>) -> tensor<48x12xf64>
  %c2 = dl.matmul %a, %bt transpose_rhs
      : (tensor<72x12xf64>, tensor<48x12xf64>) -> tensor<72x48xf64>
  %biased = dl.add %c2, %bias : (tensor<72x48xf64>, tensor<48xf64>) -> tensor<72x48xf64>
  %e = dl.relu %biased : tensor<72x48xf64>
  %e_row = dl.matmul %e, %w : (tensor<72x48xf64>, tensor<48x1xf64>) -> tensor<72x1xf64>
  %e_col = dl.matmul %z, %e : (tensor<1x72xf64>, tensor<72x48xf64>) -> tensor<1x48xf64>
  return %c_row, %c_col, %e_row, %e_col
      : tensor<72x1xf64>, tensor<1x48xf64>, tensor<72x1xf64>, tensor<1x48xf64>
}

func.func @matmul_tiled_i32(%u: tensor<72x1xi32> {dl.input = "u"},
                            %v: tensor<1x12xi32> {dl.input = "v"},
                            %p: tensor<12x1xi32> {dl.input = "p"},
                            %pr: tensor<1x12xi32> {dl.input = "pr"},
                            %q: tensor<1x48xi32> {dl.input = "q"},
                            %qc: tensor<48x1xi32> {dl.input = "qc"},
                            %bias: tensor<48xi32> {dl.input = "bias"},
                            %w: tensor<48x1xi32> {dl.input = "w"},
                            %z: tensor<1x72xi32> {dl.input = "z"})
    -> (tensor<72x1xi32> {dl.output = "c_row"}, tensor<1x48xi32> {dl.output = "c_col"},
        tensor<72x1xi32> {dl.output = "e_row"}, tensor<1x48xi32> {dl.output = "e_col"}) {
  %a = dl.add %u, %v : (tensor<72x1xi32>, tensor<1x12xi32>) -> tensor<72x12xi32>
  %b = dl.add %p, %q : (tensor<12x1xi32>, tensor<1x48xi32>) -> tensor<12x48xi32>
  %c = dl.matmul %a, %b : (tensor<72x12xi32>, tensor<12x48xi32>) -> tensor<72x48xi32>
  %c_row = dl.matmul %c, %w : (tensor<72x48xi32>, tensor<48x1xi32>) -> tensor<72x1xi32>
  %c_col = dl.matmul %z, %c : (tensor<1x72xi32>, tensor<72x48xi32>) -> tensor<1x48xi32>
  %bt = dl.add %qc, %pr : (tensor<48x1xi32>, tensor<1x12xi32>) -> tensor<48x12xi32>
  %c2 = dl.matmul %a, %bt transpose_rhs
      : (tensor<72x12xi32>, tensor<48x12xi32>) -> tensor<72x48xi32>
  %biased = dl.add %c2, %bias : (tensor<72x48xi32>, tensor<48xi32>) -> tensor<72x48xi32>
  %e = dl.relu %biased : tensor<72x48xi32>
  %e_row = dl.matmul %e, %w : (tensor<72x48xi32>, tensor<48x1xi32>) -> tensor<72x1xi32>
  %e_col = dl.matmul %z, %e : (tensor<1x72xi32>, tensor<72x48xi32>) -> tensor<1x48xi32>
  return %c_row, %c_col, %e_row, %e_col
      : tensor<72x1xi32>, tensor<1x48xi32>, tensor<72x1xi32>, tensor<1x48xi32>
}

func.func @matmul_empty(%a: tensor<2x0xf32> {dl.input = "a"},
                        %b: tensor<0x4xf32> {dl.input = "b"},
                        %c: tensor<0x3xf32> {dl.input = "c"},
                        %d: tensor<3x4xf32> {dl.input = "d"},
                        %e: tensor<2x0xi64> {dl.input = "e"},
                        %f: tensor<0x3xi64> {dl.input = "f"})
    -> (tensor<2x4xf32> {dl.output = "k0_f32"}, tensor<0x4xf32> {dl.output = "m0_f32"},
        tensor<2x3xi64> {dl.output = "k0_i64"}) {
  %k0_f32 = dl.matmul %a, %b : (tensor<2x0xf32>, tensor<0x4xf32>) -> tensor<2x4xf32>
  %m0_f32 = dl.matmul %c, %d : (tensor<0x3xf32>, tensor<3x4xf32>) -> tensor<0x4xf32>
  %k0_i64 = dl.matmul %e, %f : (tensor<2x0xi64>, tensor<0x3xi64>) -> tensor<2x3xi64>
  return %k0_f32, %m0_f32, %k0_i64 : tensor<2x4xf32>, tensor<0x4xf32>, tensor<2x3xi64>
}
