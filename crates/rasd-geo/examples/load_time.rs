//! Times the two steps of loading the gazetteer (parse rows, build the name index).
fn main() {
    use rasd_geo::gazetteer::{Gazetteer, PLACES_TSV};
    for _ in 0..3 {
        let t0 = std::time::Instant::now();
        let g = Gazetteer::parse(PLACES_TSV, "places.tsv").unwrap();
        let total = t0.elapsed();
        let places = g.places.clone();
        let t1 = std::time::Instant::now();
        let g2 = Gazetteer::from_places(places);
        let index = t1.elapsed();
        println!(
            "parse+index {:.1} ms, index alone {:.1} ms ({} places)",
            total.as_secs_f64() * 1e3,
            index.as_secs_f64() * 1e3,
            g2.places.len()
        );
    }
}
