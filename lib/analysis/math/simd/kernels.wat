;; SIMD kernels for the analysis' hottest loops (scripts/build-wasm-kernels.mjs assembles this file into
;; kernels-wasm.ts; wasm-kernels.ts loads it). Every lane does the same IEEE-754 operations, in the same
;; order, as the scalar loop it replaces (wasm has no fused multiply-add): the results are the same bits.
;;
;; Sparse rows: column k of a row is idx[k] (u16) with value val[k] (f32). Weights are feature-major:
;; class c of column j is the f64 at w + (j * classes + c) * 8.
(module
  (memory (import "env" "memory") 1)

  ;; out[c..c+8) = acc[c..c+8) + Σ_k w[idx_k][c..c+8) · val_k, for row entries [0, n)
  (func $scores8 (param $w i32) (param $acc i32) (param $stride i32) (param $idx i32) (param $val i32) (param $n i32) (param $out i32)
    (local $a0 v128) (local $a1 v128) (local $a2 v128) (local $a3 v128) (local $base i32) (local $v v128) (local $end i32)
    (local.set $a0 (v128.load (local.get $acc)))
    (local.set $a1 (v128.load offset=16 (local.get $acc)))
    (local.set $a2 (v128.load offset=32 (local.get $acc)))
    (local.set $a3 (v128.load offset=48 (local.get $acc)))
    (local.set $end (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $idx) (local.get $end)))
        (local.set $base (i32.add (local.get $w) (i32.mul (i32.load16_u (local.get $idx)) (local.get $stride))))
        (local.set $v (f64x2.splat (f64.promote_f32 (f32.load (local.get $val)))))
        (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (v128.load (local.get $base)) (local.get $v))))
        (local.set $a1 (f64x2.add (local.get $a1) (f64x2.mul (v128.load offset=16 (local.get $base)) (local.get $v))))
        (local.set $a2 (f64x2.add (local.get $a2) (f64x2.mul (v128.load offset=32 (local.get $base)) (local.get $v))))
        (local.set $a3 (f64x2.add (local.get $a3) (f64x2.mul (v128.load offset=48 (local.get $base)) (local.get $v))))
        (local.set $idx (i32.add (local.get $idx) (i32.const 2)))
        (local.set $val (i32.add (local.get $val) (i32.const 4)))
        (br $next)))
    (v128.store (local.get $out) (local.get $a0))
    (v128.store offset=16 (local.get $out) (local.get $a1))
    (v128.store offset=32 (local.get $out) (local.get $a2))
    (v128.store offset=48 (local.get $out) (local.get $a3)))

  (func $scores4 (param $w i32) (param $acc i32) (param $stride i32) (param $idx i32) (param $val i32) (param $n i32) (param $out i32)
    (local $a0 v128) (local $a1 v128) (local $base i32) (local $v v128) (local $end i32)
    (local.set $a0 (v128.load (local.get $acc)))
    (local.set $a1 (v128.load offset=16 (local.get $acc)))
    (local.set $end (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $idx) (local.get $end)))
        (local.set $base (i32.add (local.get $w) (i32.mul (i32.load16_u (local.get $idx)) (local.get $stride))))
        (local.set $v (f64x2.splat (f64.promote_f32 (f32.load (local.get $val)))))
        (local.set $a0 (f64x2.add (local.get $a0) (f64x2.mul (v128.load (local.get $base)) (local.get $v))))
        (local.set $a1 (f64x2.add (local.get $a1) (f64x2.mul (v128.load offset=16 (local.get $base)) (local.get $v))))
        (local.set $idx (i32.add (local.get $idx) (i32.const 2)))
        (local.set $val (i32.add (local.get $val) (i32.const 4)))
        (br $next)))
    (v128.store (local.get $out) (local.get $a0))
    (v128.store offset=16 (local.get $out) (local.get $a1)))

  (func $scores2 (param $w i32) (param $acc i32) (param $stride i32) (param $idx i32) (param $val i32) (param $n i32) (param $out i32)
    (local $a0 v128) (local $end i32)
    (local.set $a0 (v128.load (local.get $acc)))
    (local.set $end (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $idx) (local.get $end)))
        (local.set $a0 (f64x2.add (local.get $a0)
          (f64x2.mul (v128.load (i32.add (local.get $w) (i32.mul (i32.load16_u (local.get $idx)) (local.get $stride))))
                     (f64x2.splat (f64.promote_f32 (f32.load (local.get $val)))))))
        (local.set $idx (i32.add (local.get $idx) (i32.const 2)))
        (local.set $val (i32.add (local.get $val) (i32.const 4)))
        (br $next)))
    (v128.store (local.get $out) (local.get $a0)))

  (func $scores1 (param $w i32) (param $acc i32) (param $stride i32) (param $idx i32) (param $val i32) (param $n i32) (param $out i32)
    (local $a0 f64) (local $end i32)
    (local.set $a0 (f64.load (local.get $acc)))
    (local.set $end (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $idx) (local.get $end)))
        (local.set $a0 (f64.add (local.get $a0)
          (f64.mul (f64.load (i32.add (local.get $w) (i32.mul (i32.load16_u (local.get $idx)) (local.get $stride))))
                   (f64.promote_f32 (f32.load (local.get $val))))))
        (local.set $idx (i32.add (local.get $idx) (i32.const 2)))
        (local.set $val (i32.add (local.get $val) (i32.const 4)))
        (br $next)))
    (f64.store (local.get $out) (local.get $a0)))

  ;; out[c] = bias[c] + Σ_k w[idx_k][c] · val_k for every class c
  (func (export "sparseScores") (param $w i32) (param $bias i32) (param $classes i32) (param $idx i32) (param $val i32) (param $n i32) (param $out i32)
    (local $c i32) (local $stride i32)
    (local.set $stride (i32.shl (local.get $classes) (i32.const 3)))
    (block $eights
      (loop $next
        (br_if $eights (i32.gt_u (i32.add (local.get $c) (i32.const 8)) (local.get $classes)))
        (call $scores8 (i32.add (local.get $w) (i32.shl (local.get $c) (i32.const 3))) (i32.add (local.get $bias) (i32.shl (local.get $c) (i32.const 3)))
          (local.get $stride) (local.get $idx) (local.get $val) (local.get $n) (i32.add (local.get $out) (i32.shl (local.get $c) (i32.const 3))))
        (local.set $c (i32.add (local.get $c) (i32.const 8)))
        (br $next)))
    (if (i32.le_u (i32.add (local.get $c) (i32.const 4)) (local.get $classes))
      (then
        (call $scores4 (i32.add (local.get $w) (i32.shl (local.get $c) (i32.const 3))) (i32.add (local.get $bias) (i32.shl (local.get $c) (i32.const 3)))
          (local.get $stride) (local.get $idx) (local.get $val) (local.get $n) (i32.add (local.get $out) (i32.shl (local.get $c) (i32.const 3))))
        (local.set $c (i32.add (local.get $c) (i32.const 4)))))
    (if (i32.le_u (i32.add (local.get $c) (i32.const 2)) (local.get $classes))
      (then
        (call $scores2 (i32.add (local.get $w) (i32.shl (local.get $c) (i32.const 3))) (i32.add (local.get $bias) (i32.shl (local.get $c) (i32.const 3)))
          (local.get $stride) (local.get $idx) (local.get $val) (local.get $n) (i32.add (local.get $out) (i32.shl (local.get $c) (i32.const 3))))
        (local.set $c (i32.add (local.get $c) (i32.const 2)))))
    (if (i32.lt_u (local.get $c) (local.get $classes))
      (then
        (call $scores1 (i32.add (local.get $w) (i32.shl (local.get $c) (i32.const 3))) (i32.add (local.get $bias) (i32.shl (local.get $c) (i32.const 3)))
          (local.get $stride) (local.get $idx) (local.get $val) (local.get $n) (i32.add (local.get $out) (i32.shl (local.get $c) (i32.const 3)))))))

  ;; w[idx_k][c..c+8) -= val_k · p[c..c+8)
  (func $subtract8 (param $w i32) (param $p i32) (param $stride i32) (param $idx i32) (param $val i32) (param $n i32)
    (local $p0 v128) (local $p1 v128) (local $p2 v128) (local $p3 v128) (local $base i32) (local $v v128) (local $end i32)
    (local.set $p0 (v128.load (local.get $p)))
    (local.set $p1 (v128.load offset=16 (local.get $p)))
    (local.set $p2 (v128.load offset=32 (local.get $p)))
    (local.set $p3 (v128.load offset=48 (local.get $p)))
    (local.set $end (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $idx) (local.get $end)))
        (local.set $base (i32.add (local.get $w) (i32.mul (i32.load16_u (local.get $idx)) (local.get $stride))))
        (local.set $v (f64x2.splat (f64.promote_f32 (f32.load (local.get $val)))))
        (v128.store (local.get $base) (f64x2.sub (v128.load (local.get $base)) (f64x2.mul (local.get $v) (local.get $p0))))
        (v128.store offset=16 (local.get $base) (f64x2.sub (v128.load offset=16 (local.get $base)) (f64x2.mul (local.get $v) (local.get $p1))))
        (v128.store offset=32 (local.get $base) (f64x2.sub (v128.load offset=32 (local.get $base)) (f64x2.mul (local.get $v) (local.get $p2))))
        (v128.store offset=48 (local.get $base) (f64x2.sub (v128.load offset=48 (local.get $base)) (f64x2.mul (local.get $v) (local.get $p3))))
        (local.set $idx (i32.add (local.get $idx) (i32.const 2)))
        (local.set $val (i32.add (local.get $val) (i32.const 4)))
        (br $next))))

  (func $subtract4 (param $w i32) (param $p i32) (param $stride i32) (param $idx i32) (param $val i32) (param $n i32)
    (local $p0 v128) (local $p1 v128) (local $base i32) (local $v v128) (local $end i32)
    (local.set $p0 (v128.load (local.get $p)))
    (local.set $p1 (v128.load offset=16 (local.get $p)))
    (local.set $end (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $idx) (local.get $end)))
        (local.set $base (i32.add (local.get $w) (i32.mul (i32.load16_u (local.get $idx)) (local.get $stride))))
        (local.set $v (f64x2.splat (f64.promote_f32 (f32.load (local.get $val)))))
        (v128.store (local.get $base) (f64x2.sub (v128.load (local.get $base)) (f64x2.mul (local.get $v) (local.get $p0))))
        (v128.store offset=16 (local.get $base) (f64x2.sub (v128.load offset=16 (local.get $base)) (f64x2.mul (local.get $v) (local.get $p1))))
        (local.set $idx (i32.add (local.get $idx) (i32.const 2)))
        (local.set $val (i32.add (local.get $val) (i32.const 4)))
        (br $next))))

  (func $subtract2 (param $w i32) (param $p i32) (param $stride i32) (param $idx i32) (param $val i32) (param $n i32)
    (local $p0 v128) (local $base i32) (local $end i32)
    (local.set $p0 (v128.load (local.get $p)))
    (local.set $end (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $idx) (local.get $end)))
        (local.set $base (i32.add (local.get $w) (i32.mul (i32.load16_u (local.get $idx)) (local.get $stride))))
        (v128.store (local.get $base) (f64x2.sub (v128.load (local.get $base))
          (f64x2.mul (f64x2.splat (f64.promote_f32 (f32.load (local.get $val)))) (local.get $p0))))
        (local.set $idx (i32.add (local.get $idx) (i32.const 2)))
        (local.set $val (i32.add (local.get $val) (i32.const 4)))
        (br $next))))

  (func $subtract1 (param $w i32) (param $p i32) (param $stride i32) (param $idx i32) (param $val i32) (param $n i32)
    (local $p0 f64) (local $base i32) (local $end i32)
    (local.set $p0 (f64.load (local.get $p)))
    (local.set $end (i32.add (local.get $idx) (i32.shl (local.get $n) (i32.const 1))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $idx) (local.get $end)))
        (local.set $base (i32.add (local.get $w) (i32.mul (i32.load16_u (local.get $idx)) (local.get $stride))))
        (f64.store (local.get $base) (f64.sub (f64.load (local.get $base))
          (f64.mul (f64.promote_f32 (f32.load (local.get $val))) (local.get $p0))))
        (local.set $idx (i32.add (local.get $idx) (i32.const 2)))
        (local.set $val (i32.add (local.get $val) (i32.const 4)))
        (br $next))))

  ;; w[idx_k][c] -= val_k · p[c] for every class c (an SGD step on one row)
  (func (export "subtractScaled") (param $w i32) (param $classes i32) (param $idx i32) (param $val i32) (param $n i32) (param $p i32)
    (local $c i32) (local $stride i32)
    (local.set $stride (i32.shl (local.get $classes) (i32.const 3)))
    (block $eights
      (loop $next
        (br_if $eights (i32.gt_u (i32.add (local.get $c) (i32.const 8)) (local.get $classes)))
        (call $subtract8 (i32.add (local.get $w) (i32.shl (local.get $c) (i32.const 3))) (i32.add (local.get $p) (i32.shl (local.get $c) (i32.const 3)))
          (local.get $stride) (local.get $idx) (local.get $val) (local.get $n))
        (local.set $c (i32.add (local.get $c) (i32.const 8)))
        (br $next)))
    (if (i32.le_u (i32.add (local.get $c) (i32.const 4)) (local.get $classes))
      (then
        (call $subtract4 (i32.add (local.get $w) (i32.shl (local.get $c) (i32.const 3))) (i32.add (local.get $p) (i32.shl (local.get $c) (i32.const 3)))
          (local.get $stride) (local.get $idx) (local.get $val) (local.get $n))
        (local.set $c (i32.add (local.get $c) (i32.const 4)))))
    (if (i32.le_u (i32.add (local.get $c) (i32.const 2)) (local.get $classes))
      (then
        (call $subtract2 (i32.add (local.get $w) (i32.shl (local.get $c) (i32.const 3))) (i32.add (local.get $p) (i32.shl (local.get $c) (i32.const 3)))
          (local.get $stride) (local.get $idx) (local.get $val) (local.get $n))
        (local.set $c (i32.add (local.get $c) (i32.const 2)))))
    (if (i32.lt_u (local.get $c) (local.get $classes))
      (then
        (call $subtract1 (i32.add (local.get $w) (i32.shl (local.get $c) (i32.const 3))) (i32.add (local.get $p) (i32.shl (local.get $c) (i32.const 3)))
          (local.get $stride) (local.get $idx) (local.get $val) (local.get $n)))))
)
