package compare

import (
	"math"
	"slices"
)

// entry is one term of a vector: the term's number and its weight.
type entry struct {
	id int32
	w  float64
}

// vector is a sparse weighting of context terms, sorted by term number so
// that two vectors meet in one merging pass, with no hashing.
type vector []entry

func sorted(v vector) vector {
	slices.SortFunc(v, func(a, b entry) int { return int(a.id) - int(b.id) })
	return v
}

func cosine(a, b vector) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id == b[j].id:
			s += a[i].w * b[j].w
			i++
			j++
		case a[i].id < b[j].id:
			i++
		default:
			j++
		}
	}
	return s
}

// add sums two vectors.
func add(a, b vector) vector {
	out := make(vector, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].id < b[j].id:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j].id < a[i].id:
			out = append(out, b[j])
			j++
		default:
			out = append(out, entry{a[i].id, a[i].w + b[j].w})
			i++
			j++
		}
	}
	return out
}

func scaled(v vector, f float64) vector {
	out := make(vector, len(v))
	for i, e := range v {
		out[i] = entry{e.id, e.w * f}
	}
	return out
}

func norm(v vector) float64 {
	var n float64
	for _, e := range v {
		n += e.w * e.w
	}
	return math.Sqrt(n)
}

func unit(v vector) vector {
	n := norm(v)
	if n == 0 {
		return v
	}
	return scaled(v, 1/n)
}

// topN keeps the n heaviest terms (ties to the lower number), in term order.
func topN(v vector, n int) vector {
	if len(v) <= n {
		return v
	}
	all := slices.Clone(v)
	slices.SortFunc(all, func(a, b entry) int {
		switch {
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		}
		return int(a.id) - int(b.id)
	})
	return sorted(all[:n])
}
